import { createHash } from 'node:crypto';
import { LOADER_SCRIPT } from '../finish/loader';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The hash of the one inline script the site runs: the loader, the same text on every page. */
export const LOADER_HASH = sha256(LOADER_SCRIPT);

/**
 * The Content-Security-Policy, one for every response, sent as a header (next.config.ts): scripts
 * from this origin, plus the loader by its hash, and nothing else. Every page stays prerendered,
 * so there is no nonce; the finishing step removes every other inline script and fails the
 * build if one is left (lib/finish/allow-list.ts), so no page needs a policy of its own.
 */
export const sitePolicy = [
  "default-src 'self'",
  `script-src 'self' '${LOADER_HASH}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `npm run dev` serves Next's own development pages: its runtime, its inline scripts and hot
 * reload, which need inline script and eval. There the policy keeps everything but the script
 * and default sources; only the production build carries the full one.
 */
export const devPolicy = sitePolicy
  .split('; ')
  .filter((d) => !/^(default|script)-src /.test(d))
  .join('; ');

/**
 * The policy for an answer to a no-JavaScript form (a POST to /tools/program-claims,
 * /tools/job-ads or /checklist, which the server renders on request, so no build step can give
 * it a meta tag). That page echoes the reader's own text and needs no script at all: none may
 * run. A reader whose browser runs scripts never posts the form. The search results page
 * (/search/results), also rendered on request, gets it as well: a plain page of links and a
 * form, which Next's runtime scripts in it must not turn into anything else.
 */
export const formAnswerPolicy = sitePolicy.replace(/script-src [^;]*/, "script-src 'none'");

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Script types a browser runs; anything else (JSON-LD, templates) is a data block. */
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/** sha256 of every inline script that a browser would run (not src=, not JSON-LD data blocks). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/(?:^|\s)src\s*=/i.test(attrs)) continue;
    const type = /(?:^|\s)type\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.trim().toLowerCase() ?? '';
    if (!RUNNABLE.has(type)) continue;
    hashes.add(sha256(body));
  }
  return [...hashes];
}

/** Headers for every response. */
export const securityHeaders = [
  { key: 'Content-Security-Policy', value: sitePolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Other sites may link to us but not load our responses into their pages...
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** The same for `npm run dev`, with the development policy. */
export const devSecurityHeaders = securityHeaders.map((h) => (h.key === 'Content-Security-Policy' ? { ...h, value: devPolicy } : h));

/** ...except link preview images, which chat and mail apps may show straight from our server. */
export const previewImageHeaders = [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }];
