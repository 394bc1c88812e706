import { createHash } from 'node:crypto';

/**
 * Content Security Policy in two parts, because every page stays prerendered (no nonces):
 *
 * - `pagePolicy` goes into each prerendered HTML page as a <meta http-equiv> tag, written after
 *   `next build` by scripts/finish-pages.ts. It allows scripts from this origin plus the exact
 *   inline scripts Next wrote into that page (by sha256), and nothing else.
 * - `headerPolicy` is sent with every response (next.config.ts). It carries what a meta tag
 *   cannot (frame-ancestors) and what must hold even for responses that are not pages.
 *   It names no script-src or default-src: a second policy with `script-src 'self'` would block
 *   the hashed inline bootstrap scripts, since a browser enforces every policy it is given.
 */
export const headerPolicy = ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"].join('; ');

export function pagePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((h) => `'${h}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The policy for a tool's answer to its no-JavaScript form (a POST to /tools/program-claims or
 * /tools/job-ads, which the server renders on request, so no build step can give it a meta tag).
 * That page echoes the reader's own text and needs no script at all: none may run. A reader
 * whose browser runs scripts never posts the form (components/tools/SubmitButton.tsx).
 */
export const formAnswerPolicy = pagePolicy([]).replace("script-src 'self'", "script-src 'none'") + "; frame-ancestors 'none'";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Script types a browser runs; anything else (JSON-LD, templates) is a data block. */
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);
const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/** sha256 of every inline script that a browser would run (not src=, not JSON-LD data blocks). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/(?:^|\s)src\s*=/i.test(attrs)) continue;
    const type = /(?:^|\s)type\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.trim().toLowerCase() ?? '';
    if (!RUNNABLE.has(type)) continue;
    hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

/** The page with its own policy as the first thing in <head> (after the charset); safe to run twice. */
export function withCspMeta(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(html))}"/>`;
  if (META.test(html)) return html.replace(META, meta);
  const charset = /<meta charSet="utf-8"\/>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}${meta}`);
  return html.replace(/<head>/i, `<head>${meta}`);
}

/** Headers for every response. */
export const securityHeaders = [
  { key: 'Content-Security-Policy', value: headerPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Other sites may link to us but not load our responses into their pages...
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** ...except link preview images, which chat and mail apps may show straight from our server. */
export const previewImageHeaders = [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }];
