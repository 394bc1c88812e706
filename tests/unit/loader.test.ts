import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deferredScriptSources, finishedPageScripts, LOADER_SCRIPT, SCRIPTS_FAILED_ATTRIBUTE, withScriptsAfterPaint } from '@/lib/finish/loader';
import { inlineScriptHashes, LOADER_HASH } from '@/lib/security/csp';

/** A finished page without its scripts (trimmed), and the island bundle it needs. */
const page = [
  '<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<title>Checklist</title></head><body><main><h1>Checklist</h1><div data-island="checklist"><p>Text.</p></div>',
  '<script type="application/json" data-island-props="checklist">{"a":1}</script></main>',
  '<script type="application/ld+json">{"@type":"WebPage"}</script>',
  '</body></html>',
].join('');
const bundle = ['/_next/static/islands/shared-A.js', '/_next/static/islands/checklist-B.js'];

describe('withScriptsAfterPaint', () => {
  const out = withScriptsAfterPaint(page, bundle);

  it('names the files in one loader in the head, and adds no script tag that would load at once', () => {
    expect(deferredScriptSources(out)).toEqual(bundle);
    expect(out.indexOf('data-scripts=')).toBeLessThan(out.indexOf('</head>'));
    expect(out).not.toMatch(/<script[^>]* src=/);
  });

  it('leaves the stylesheet, the text and the data blocks alone', () => {
    expect(out.replace(/<script data-site="" data-scripts="[^"]*">[^<]*<\/script>/, '')).toBe(page);
  });

  it('is safe to run twice, and leaves a page with nothing to load as it was', () => {
    expect(withScriptsAfterPaint(out, bundle)).toBe(out);
    expect(withScriptsAfterPaint(page, [])).toBe(page);
  });

  it('is the same script on every page, whatever it loads: only its attribute differs', () => {
    const other = withScriptsAfterPaint(page, ['/_next/static/islands/search-C.js']);
    expect(inlineScriptHashes(out)).toHaveLength(1);
    expect(inlineScriptHashes(other)).toEqual(inlineScriptHashes(out));
    expect(out).toContain(`>${LOADER_SCRIPT}</script>`);
    expect(inlineScriptHashes(out)).toEqual([LOADER_HASH]);
  });
});

describe('the loader', () => {
  /** Runs the loader against a fake document and reports what it appended, and when. */
  function run(readyState: 'loading' | 'interactive') {
    const appended: string[] = [];
    const elements: { onerror?: () => void }[] = [];
    const htmlAttributes: string[] = [];
    const listeners: Record<string, () => void> = {};
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const document = {
      readyState,
      addEventListener: (type: string, fn: () => void) => (listeners[type] = fn),
      createElement: () => ({ src: '', type: '' }),
      head: { appendChild: (e: { src: string; type: string; onerror?: () => void }) => (elements.push(e), appended.push(`${e.src} ${e.type}`)) },
      documentElement: { setAttribute: (name: string) => htmlAttributes.push(name) },
    };
    const finished = withScriptsAfterPaint(page, bundle);
    const files = /data-scripts="([^"]*)"/.exec(finished)?.[1] ?? '';
    const code = />([^<]*)<\/script><\/head>/.exec(finished)?.[1] ?? '';
    const currentScript = { getAttribute: (name: string) => (name === 'data-scripts' ? files : null) };
    runInNewContext(code, { document: { ...document, currentScript }, requestAnimationFrame: (f: () => void) => frames.push(f), setTimeout: (f: () => void) => timers.push(f) });
    return { appended, elements, htmlAttributes, listeners, frames, timers };
  }

  /** Lets one frame be drawn: its requestAnimationFrame callback, then the task that callback set. */
  function frame(r: ReturnType<typeof run>) {
    expect(r.frames, 'a frame is awaited').toHaveLength(1);
    r.frames.shift()?.();
    expect(r.timers, 'a task after the frame is awaited').toHaveLength(1);
    r.timers.shift()?.();
  }

  it('waits for the document, then two frames, each followed by a task, before it requests anything', () => {
    const r = run('loading');
    expect(r.appended).toEqual([]);
    r.listeners.DOMContentLoaded?.();
    expect(r.appended).toEqual([]);
    frame(r);
    expect(r.appended).toEqual([]);
    r.frames.shift()?.();
    expect(r.appended).toEqual([]);
    r.timers.shift()?.();
    expect(r.appended).toEqual(['/_next/static/islands/shared-A.js module', '/_next/static/islands/checklist-B.js module']);
  });

  it('marks the page when a file fails to load, so the page can say so', () => {
    const r = run('interactive');
    frame(r);
    frame(r);
    expect(r.htmlAttributes).toEqual([]);
    r.elements[1]?.onerror?.();
    expect(r.htmlAttributes).toEqual([SCRIPTS_FAILED_ATTRIBUTE]);
  });

  it('starts at the next frame when the document is already parsed', () => {
    const r = run('interactive');
    frame(r);
    expect(r.appended).toEqual([]);
    frame(r);
    expect(r.appended).toHaveLength(2);
  });
});

describe('finishedPageScripts', () => {
  it('lists what the loader requests, then script tags left in the page, without noModule fallbacks', () => {
    const withTags = withScriptsAfterPaint(page, bundle).replace(
      '</main>',
      '<script src="/scripts/share.js" defer=""></script></main><script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    );
    expect(finishedPageScripts(withTags)).toEqual([...bundle, '/scripts/share.js']);
  });
});
