import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deferScripts, deferredScriptSources, finishedPageScripts, pageScriptSources } from '@/lib/build/defer-scripts';
import { inlineScriptHashes, withCspMeta } from '@/lib/security/csp';

/** The shape of a page as `next build` writes it (trimmed). */
const page = [
  '<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/react-dom.js" async=""></script>',
  '<title>Step 3</title></head><body><main><h1>Step 3</h1><p>Text.</p></main>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script src="/_next/static/chunks/webpack.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script type="application/ld+json">{"@type":"Article"}</script>',
  '</body></html>',
].join('');

describe('pageScriptSources', () => {
  it('lists each runtime file once, in document order', () => {
    expect(pageScriptSources(page)).toEqual(['/_next/static/chunks/main.js', '/_next/static/chunks/react-dom.js', '/_next/static/chunks/webpack.js']);
  });
});

describe('deferScripts', () => {
  const out = deferScripts(page);

  it('takes the async tags and script preloads out of the page', () => {
    expect(out).not.toMatch(/<script src="[^"]+" async="">/);
    expect(out).not.toContain('rel="preload" as="script"');
  });

  it('names the same files in one loader in the head', () => {
    expect(deferredScriptSources(out)).toEqual(pageScriptSources(page));
    expect(out.indexOf('data-deferred-scripts')).toBeLessThan(out.indexOf('</head>'));
  });

  it('leaves the stylesheet, the noModule fallback, the payload and data scripts alone', () => {
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>');
    expect(out).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(out).toContain('<script>(self.__next_f=self.__next_f||[]).push([0])</script>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"Article"}</script>');
  });

  it('is safe to run twice, and leaves a page with no runtime as it was', () => {
    expect(deferScripts(out)).toBe(out);
    const plain = '<html><head></head><body><p>Hi</p></body></html>';
    expect(deferScripts(plain)).toBe(plain);
  });

  it('gets its loader hashed into the page policy like any other inline script', () => {
    const finished = withCspMeta(out);
    const loader = /<script data-deferred-scripts="">([^<]*)<\/script>/.exec(out)?.[1] ?? '';
    expect(loader).not.toBe('');
    expect(inlineScriptHashes(out).length).toBe(2); // the loader and the payload
    expect(finished).toMatch(/script-src 'self' 'sha256-[^']+' 'sha256-[^']+'/);
  });
});

describe('the loader', () => {
  /** Runs the loader against a fake document and reports what it appended, and when. */
  function run(readyState: 'loading' | 'interactive') {
    const appended: string[] = [];
    const listeners: Record<string, () => void> = {};
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const document = {
      readyState,
      addEventListener: (type: string, fn: () => void) => (listeners[type] = fn),
      createElement: () => ({ src: '', async: false }),
      head: { appendChild: (e: { src: string; async: boolean }) => appended.push(`${e.src}${e.async ? ' async' : ''}`) },
    };
    const code = /<script data-deferred-scripts="">([^<]*)<\/script>/.exec(deferScripts(page))?.[1] ?? '';
    runInNewContext(code, { document, requestAnimationFrame: (f: () => void) => frames.push(f), setTimeout: (f: () => void) => timers.push(f) });
    return { appended, listeners, frames, timers };
  }

  it('waits for the document, then a frame, then a task before it requests anything', () => {
    const r = run('loading');
    expect(r.appended).toEqual([]);
    r.listeners.DOMContentLoaded?.();
    expect(r.appended).toEqual([]);
    r.frames.shift()?.();
    expect(r.appended).toEqual([]);
    r.timers.shift()?.();
    expect(r.appended).toEqual(['/_next/static/chunks/main.js async', '/_next/static/chunks/react-dom.js async', '/_next/static/chunks/webpack.js async']);
  });

  it('starts at the next frame when the document is already parsed', () => {
    const r = run('interactive');
    expect(r.frames).toHaveLength(1);
    r.frames.shift()?.();
    r.timers.shift()?.();
    expect(r.appended).toHaveLength(3);
  });
});

describe('finishedPageScripts', () => {
  it('lists what the loader requests, without the noModule fallback a modern browser skips', () => {
    expect(finishedPageScripts(deferScripts(page))).toEqual(pageScriptSources(page));
  });
});
