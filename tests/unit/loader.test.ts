import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deferredScriptSources, finishedPageScripts, LOADER_SCRIPT, PAINT_WAIT_MS, SCRIPTS_FAILED_ATTRIBUTE, withScriptsAfterPaint } from '@/lib/finish/loader';
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
  type Timer = { run: () => void; ms: number };
  /** What a fake browser's paint observer was given, so a test can report paints to it. */
  type Observer = { report: (names: string[]) => void; options?: unknown; disconnected: boolean };

  /**
   * Runs the loader against a fake document and reports what it appended, and when. With
   * `paintEntries`, the browser has PerformanceObserver and reports paints; without, it has none.
   */
  function run(readyState: 'loading' | 'interactive', { paintEntries = false } = {}) {
    const appended: string[] = [];
    const elements: { onerror?: () => void }[] = [];
    const htmlAttributes: string[] = [];
    const listeners: Record<string, () => void> = {};
    const frames: (() => void)[] = [];
    const timers: Timer[] = [];
    const observers: Observer[] = [];
    const document = {
      readyState,
      addEventListener: (type: string, fn: () => void) => (listeners[type] = fn),
      createElement: () => ({ src: '', type: '' }),
      head: { appendChild: (e: { src: string; type: string; onerror?: () => void }) => (elements.push(e), appended.push(`${e.src} ${e.type}`)) },
      documentElement: { setAttribute: (name: string) => htmlAttributes.push(name) },
    };
    class FakeObserver {
      static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
      private readonly own: Observer;
      constructor(callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {
        this.own = {
          disconnected: false,
          report: (names) => {
            if (!this.own.disconnected) callback({ getEntriesByName: (name) => names.filter((n) => n === name) });
          },
        };
        observers.push(this.own);
      }
      observe(options: unknown) {
        this.own.options = options;
      }
      disconnect() {
        this.own.disconnected = true;
      }
    }
    const finished = withScriptsAfterPaint(page, bundle);
    const files = /data-scripts="([^"]*)"/.exec(finished)?.[1] ?? '';
    const code = />([^<]*)<\/script><\/head>/.exec(finished)?.[1] ?? '';
    const currentScript = { getAttribute: (name: string) => (name === 'data-scripts' ? files : null) };
    runInNewContext(code, {
      document: { ...document, currentScript },
      requestAnimationFrame: (f: () => void) => frames.push(f),
      setTimeout: (f: () => void, ms: number) => timers.push({ run: f, ms }),
      ...(paintEntries ? { PerformanceObserver: FakeObserver } : {}),
    });
    return { appended, elements, htmlAttributes, listeners, frames, timers, observers };
  }

  const files = ['/_next/static/islands/shared-A.js module', '/_next/static/islands/checklist-B.js module'];
  /** Runs the task set for `ms` later, which must be waiting. */
  function after(r: ReturnType<typeof run>, ms: number) {
    const i = r.timers.findIndex((t) => t.ms === ms);
    expect(i, `a task ${ms} ms later is waiting`).toBeGreaterThanOrEqual(0);
    r.timers.splice(i, 1)[0]?.run();
  }
  /** Lets one frame be drawn: its requestAnimationFrame callback, then the task that callback set. */
  function frame(r: ReturnType<typeof run>) {
    expect(r.frames, 'a frame is awaited').toHaveLength(1);
    r.frames.shift()?.();
    after(r, 0);
  }

  it('where the browser reports paints, waits for the document and its first contentful paint before it requests anything', () => {
    const r = run('loading', { paintEntries: true });
    expect(r.observers).toEqual([]);
    r.listeners.DOMContentLoaded?.();
    expect(r.observers).toHaveLength(1);
    expect(r.observers[0]?.options).toEqual({ type: 'paint', buffered: true });
    r.observers[0]?.report(['first-paint']);
    expect(r.appended).toEqual([]);
    r.observers[0]?.report(['first-contentful-paint']);
    expect(r.appended).toEqual(files);
    expect(r.observers[0]?.disconnected).toBe(true);
    expect(r.frames).toEqual([]);
    // The fallback still set finds the files requested and requests nothing twice.
    after(r, PAINT_WAIT_MS);
    expect(r.appended).toEqual(files);
  });

  it('loads the files anyway when no paint is reported in time', () => {
    const r = run('interactive', { paintEntries: true });
    expect(r.appended).toEqual([]);
    after(r, PAINT_WAIT_MS);
    expect(r.appended).toEqual(files);
    r.observers[0]?.report(['first-contentful-paint']);
    expect(r.appended).toEqual(files);
  });

  it('where the browser reports no paints, waits for the document, then two frames, each followed by a task', () => {
    const r = run('loading');
    expect(r.appended).toEqual([]);
    r.listeners.DOMContentLoaded?.();
    expect(r.appended).toEqual([]);
    frame(r);
    expect(r.appended).toEqual([]);
    frame(r);
    expect(r.appended).toEqual(files);
    after(r, PAINT_WAIT_MS);
    expect(r.appended).toEqual(files);
  });

  it('marks the page when a file fails to load, so the page can say so', () => {
    const r = run('interactive', { paintEntries: true });
    r.observers[0]?.report(['first-contentful-paint']);
    expect(r.htmlAttributes).toEqual([]);
    r.elements[1]?.onerror?.();
    expect(r.htmlAttributes).toEqual([SCRIPTS_FAILED_ATTRIBUTE]);
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
