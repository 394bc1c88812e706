import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { finishPage } from '@/lib/finish/finish';
import { withScriptsAfterPaint } from '@/lib/finish/loader';
import { devPolicy, devSecurityHeaders, inlineScriptHashes, LOADER_HASH, securityHeaders, sitePolicy } from '@/lib/security/csp';

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

describe('the site policy', () => {
  const directive = (name: string) => directives(sitePolicy).get(name);

  it("allows scripts from 'self' and the loader by its hash, nothing else", () => {
    expect(directive('script-src')).toEqual(["'self'", `'${LOADER_HASH}'`]);
  });

  it('allows every inline script of every finished page, so no page needs a policy of its own', () => {
    const inputs = { bundles: { scripts: { search: ['/_next/static/islands/search-A.js'] }, shared: [] } };
    const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures/next-output', name), 'utf8');
    const pages = [finishPage(fixture('island-page.html'), inputs).html, withScriptsAfterPaint('<html><head></head><body></body></html>', ['/_next/static/islands/other-B.js'])];
    for (const html of pages) expect(inlineScriptHashes(html)).toEqual([LOADER_HASH]);
    expect(inlineScriptHashes(finishPage(fixture('content-page.html'), inputs).html)).toEqual([]);
  });

  it("never allows 'unsafe-inline' or 'unsafe-eval'", () => {
    expect(sitePolicy).not.toMatch(/unsafe/);
  });

  it("limits defaults and styles to 'self', blocks plugins and framing", () => {
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('style-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'self'"]);
    expect(directive('form-action')).toEqual(["'self'"]);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
  });

  it('keeps everything but the script sources for the development server', () => {
    expect(devPolicy).not.toMatch(/script-src|default-src|unsafe/);
    expect(directives(devPolicy).get('frame-ancestors')).toEqual(["'none'"]);
    expect(devSecurityHeaders.find((h) => h.key === 'Content-Security-Policy')?.value).toBe(devPolicy);
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

  it('sends the site policy as the Content-Security-Policy header, once', () => {
    expect(header('Content-Security-Policy')).toEqual([sitePolicy]);
  });

  it('sends each header once', () => {
    const keys = securityHeaders.map((h) => h.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(header('X-Content-Type-Options')).toEqual(['nosniff']);
    expect(header('X-Frame-Options')).toEqual(['DENY']);
  });
});
