import { describe, expect, it } from 'vitest';
import { finishedPageScripts } from '@/lib/build/defer-scripts';
import { ISLAND_ATTRIBUTE, islandNames, withoutRuntime } from '@/lib/build/islands';
import { inlineScriptHashes, withCspMeta } from '@/lib/security/csp';

/** The shape of an article as `next build` writes it (trimmed), with its share script and data. */
const article = [
  '<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/turbopack.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<title>Step 3</title></head><body><main><h1>Step 3</h1><p>Text with &lt;script&gt; in it.</p>',
  '<div data-share-bar=""><button disabled="">Copy link</button><script src="/scripts/share.js" defer=""></script></div></main>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/main.js"]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"html\\":\\"\\u003c/script\\u003e\\"}\\n"])</script>',
  '<script type="application/ld+json">{"@type":"Article"}</script>',
  '</body></html>',
].join('');

describe('islandNames', () => {
  it('names each island an <Island> renders, once, and finds nothing else', () => {
    expect(islandNames(article)).toEqual([]);
    const twoIslands = article.replace('<main>', `<main><div ${ISLAND_ATTRIBUTE}="checklist"></div><div ${ISLAND_ATTRIBUTE}="search"></div><div ${ISLAND_ATTRIBUTE}="checklist">`);
    expect(islandNames(twoIslands)).toEqual(['checklist', 'search']);
    // Text is escaped as React writes it, so a sentence naming the attribute is not an island.
    expect(islandNames(article.replace('<p>Text', '<p>The attribute data-island=&quot;search&quot; and <code>data-island="search"</code>'))).toEqual([]);
  });
});

describe('withoutRuntime', () => {
  const out = withoutRuntime(article);

  it('takes out every Next.js script, preload and the hydration data', () => {
    expect(out).not.toContain('/_next/static/chunks/main.js');
    expect(out).not.toContain('/_next/static/chunks/turbopack.js');
    expect(out).not.toContain('polyfills.js');
    expect(out).not.toContain('TURBOPACK');
    expect(out).not.toContain('__next_f');
    expect(inlineScriptHashes(out)).toEqual([]);
  });

  it('keeps the text, the stylesheet, the structured data and the page’s own script', () => {
    expect(out).toContain('<p>Text with &lt;script&gt; in it.</p>');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"Article"}</script>');
    expect(finishedPageScripts(out)).toEqual(['/scripts/share.js']);
  });

  it('is safe to run twice, and its policy allows no inline script at all', () => {
    expect(withoutRuntime(out)).toBe(out);
    expect(withCspMeta(out)).toContain(`content="default-src 'self'; script-src 'self'; style-src 'self'`);
  });
});
