import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headerPolicy, inlineScriptHashes, pagePolicy, securityHeaders, withCspMeta } from '@/lib/security/csp';

// ---------------------------------------------------------------------------------------------
// Helpers: a page shaped like Next's prerendered HTML, expected hashes computed independently,
// and a small parser for policies.
// ---------------------------------------------------------------------------------------------

const sha = (body: string) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;

const BOOT = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT = 'self.__next_f.push([1,"0:{\\"P\\":null,\\"b\\":\\"build-1\\"}\\n"])';
const RSC = '$RC=function(b,c){var a=document.getElementById(b);}; $RC("B:0","S:0")';
const JSON_LD = '{"@context":"https://schema.org","@type":"Article","headline":"Red flags"}';

const PAGE = [
  '<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/>',
  '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<title>Check a program before you enroll</title>',
  `<script type="application/ld+json">${JSON_LD}</script>`,
  '</head><body><main><h1>Checklist</h1></main>',
  `<script>${BOOT}</script>`,
  `<script id="_R_">${RSC}</script>`,
  `<script>${FLIGHT}</script>`,
  '</body></html>',
].join('');

const PAGE_HASHES = [sha(BOOT), sha(RSC), sha(FLIGHT)];

/** Directive name → its values, for a policy string. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `directive ${name} appears twice`).toBe(false);
    map.set(name, values);
  }
  return map;
}

const META_RE = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/g;

/** The content of every CSP meta tag in the page. */
const metas = (html: string) => [...html.matchAll(META_RE)].map((m) => m[1] as string);

/** The one CSP meta policy in the page; fails unless there is exactly one. */
function onlyMetaPolicy(html: string): string {
  const found = metas(html);
  expect(found).toHaveLength(1);
  return found[0] as string;
}

// ---------------------------------------------------------------------------------------------

describe('inlineScriptHashes', () => {
  it('returns the base64 sha256 of each inline script body, in page order', () => {
    expect(inlineScriptHashes(PAGE)).toEqual(PAGE_HASHES);
  });

  it('hashes the body exactly, whitespace included', () => {
    const body = '\n  window.x = 1;\n';
    expect(inlineScriptHashes(`<script>${body}</script>`)).toEqual([sha(body)]);
    expect(inlineScriptHashes(`<script>${body}</script>`)).not.toEqual([sha(body.trim())]);
  });

  it('hashes text outside ASCII as UTF-8', () => {
    const body = 'document.title="Café — 🎓"';
    expect(inlineScriptHashes(`<script>${body}</script>`)).toEqual([sha(body)]);
  });

  it('ignores scripts loaded with src=', () => {
    expect(inlineScriptHashes('<script src="/a.js"></script><script async src="/b.js"></script><script src=/c.js defer></script>')).toEqual([]);
  });

  it('ignores JSON-LD data blocks', () => {
    expect(inlineScriptHashes(`<script type="application/ld+json">${JSON_LD}</script>`)).toEqual([]);
    expect(inlineScriptHashes(`<script type="APPLICATION/LD+JSON">${JSON_LD}</script>`)).toEqual([]);
  });

  it('hashes module and text/javascript scripts, which a browser runs', () => {
    expect(inlineScriptHashes('<script type="module">import("/m.js")</script>')).toEqual([sha('import("/m.js")')]);
    expect(inlineScriptHashes('<script type="text/javascript">go()</script>')).toEqual([sha('go()')]);
  });

  it('lists a script repeated on the page once', () => {
    expect(inlineScriptHashes(`<script>${BOOT}</script><p></p><script>${BOOT}</script>`)).toEqual([sha(BOOT)]);
  });

  it('returns nothing for a page without inline scripts', () => {
    expect(inlineScriptHashes('<html><head></head><body><p>Hi</p></body></html>')).toEqual([]);
  });
});

describe('withCspMeta', () => {
  it('inserts exactly one policy meta tag, right after the charset', () => {
    const out = withCspMeta(PAGE);
    expect(metas(out)).toHaveLength(1);
    expect(out.startsWith('<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="')).toBe(true);
    // Nothing else changed.
    expect(out.replace(META_RE, '')).toBe(PAGE);
  });

  it('writes the page policy for exactly this page’s inline scripts', () => {
    expect(onlyMetaPolicy(withCspMeta(PAGE))).toBe(pagePolicy(PAGE_HASHES));
  });

  it('is idempotent: a second run leaves one meta with the same content', () => {
    const once = withCspMeta(PAGE);
    const twice = withCspMeta(once);
    expect(twice).toBe(once);
    expect(metas(twice)).toEqual(metas(once));
  });

  it('replaces a stale policy when the page’s scripts changed', () => {
    const once = withCspMeta(PAGE);
    const added = 'console.log("new")';
    const edited = once.replace('</body>', `<script>${added}</script></body>`);
    const policy = onlyMetaPolicy(withCspMeta(edited));
    expect(directives(policy).get('script-src')).toEqual(["'self'", ...[...PAGE_HASHES, sha(added)].map((h) => `'${h}'`)]);
  });

  it('falls back to the start of <head> when there is no charset meta', () => {
    const out = withCspMeta('<html><head><title>x</title></head><body><script>a()</script></body></html>');
    expect(out.startsWith('<html><head><meta http-equiv="Content-Security-Policy" content="')).toBe(true);
    expect(directives(onlyMetaPolicy(out)).get('script-src')).toEqual(["'self'", `'${sha('a()')}'`]);
  });
});

describe('the page policy', () => {
  // Computed inside each test, so a failure is reported against the test.
  const policy = () => onlyMetaPolicy(withCspMeta(PAGE));
  const directive = (name: string) => directives(policy()).get(name);

  it("allows scripts from 'self' plus exactly the page's hashes", () => {
    const scriptSrc = directive('script-src') ?? [];
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc.slice(1).sort()).toEqual(PAGE_HASHES.map((h) => `'${h}'`).sort());
    expect(scriptSrc).toHaveLength(1 + PAGE_HASHES.length);
    expect(scriptSrc).not.toContain(`'${sha(JSON_LD)}'`);
  });

  it("never allows 'unsafe-inline' or 'unsafe-eval'", () => {
    expect(policy()).not.toContain('unsafe-inline');
    expect(policy()).not.toContain('unsafe-eval');
    expect(pagePolicy([])).not.toMatch(/unsafe/);
  });

  it("limits defaults and styles to 'self', and blocks plugins", () => {
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('style-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'self'"]);
  });

  it("is script-src 'self' alone for a page with no inline scripts", () => {
    expect(directives(pagePolicy([])).get('script-src')).toEqual(["'self'"]);
  });
});

describe('headerPolicy', () => {
  const directive = (name: string) => directives(headerPolicy).get(name);

  it("forbids framing with frame-ancestors 'none'", () => {
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no script-src or default-src, which would block the hashed inline scripts', () => {
    expect(directive('script-src')).toBeUndefined();
    expect(directive('default-src')).toBeUndefined();
    expect(headerPolicy).not.toMatch(/script-src|default-src/);
    expect(headerPolicy).not.toContain('unsafe');
  });
});

describe('securityHeaders', () => {
  const header = (key: string) => securityHeaders.filter((h) => h.key === key).map((h) => h.value);

  it('sends HSTS for two years, including subdomains', () => {
    const [hsts, ...more] = header('Strict-Transport-Security');
    expect(more).toEqual([]);
    const maxAge = Number(/max-age=(\d+)/.exec(hsts ?? '')?.[1]);
    expect(maxAge).toBe(2 * 365 * 24 * 60 * 60);
    expect(hsts).toMatch(/;\s*includeSubDomains\b/);
  });

  it('sends the header policy as the Content-Security-Policy header, once', () => {
    expect(header('Content-Security-Policy')).toEqual([headerPolicy]);
  });

  it('sends each header once', () => {
    const keys = securityHeaders.map((h) => h.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(header('X-Content-Type-Options')).toEqual(['nosniff']);
    expect(header('X-Frame-Options')).toEqual(['DENY']);
  });
});
