import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { foreignTags, withoutForeignScripts } from '@/lib/finish/allow-list';
import { finishPage, finishPages, type FinishInputs } from '@/lib/finish/finish';
import { ISLAND_ATTRIBUTE, islandNames } from '@/lib/finish/islands';
import { deferredScriptSources, finishedPageScripts, LOADER_SCRIPT } from '@/lib/finish/loader';

/**
 * Pages exactly as the current `next build` writes them, before they are finished. They are
 * captured by `npm run finish:capture`, not written by hand: after a Next.js upgrade, refresh
 * them, and this test says whether the finishing step still knows the output.
 */
const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures/next-output', name), 'utf8');
const contentPage = fixture('content-page.html');
const islandPage = fixture('island-page.html');

const inputs: FinishInputs = {
  bundles: { scripts: { search: ['/_next/static/islands/shared-A.js', '/_next/static/islands/search-B.js'] }, shared: ['/_next/static/islands/shared-A.js'] },
};
const allow = { loader: LOADER_SCRIPT };

/** The text a reader sees: the page without scripts and tags. */
const visibleText = (html: string) =>
  html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('pages from the current Next.js build', () => {
  it('hold scripts the finishing step does not allow, before they are finished', () => {
    for (const page of [contentPage, islandPage]) {
      const problems = foreignTags(page, allow);
      expect(problems.some((p) => p.includes('/_next/static/chunks/'))).toBe(true);
      expect(problems.some((p) => /^<script>: a script the site did not mark/.test(p))).toBe(true);
    }
  });

  it('finish with no problem: Next’s scripts, preloads and page data gone, the text untouched', () => {
    for (const page of [contentPage, islandPage]) {
      const { html, problems } = finishPage(page, inputs);
      expect(problems).toEqual([]);
      expect(html).not.toContain('/_next/static/chunks/turbopack');
      expect(html).not.toMatch(/<script[^>]*src="\/_next\/static\/chunks\//);
      expect(html).not.toMatch(/<link[^>]*as="script"/);
      expect(html).not.toContain('self.__next_f');
      expect(html).not.toContain('<script id="_R_">');
      expect(visibleText(html)).toBe(visibleText(page));
      expect(html).toContain('<link rel="stylesheet"');
    }
  });

  it('keeps the content page’s structured data and adds no script to it', () => {
    const { html } = finishPage(contentPage, inputs);
    expect(contentPage).toContain('"@type":"BreadcrumbList"');
    expect(html.match(/<script\b[^>]*type="application\/ld\+json"[^>]*>[^<]*BreadcrumbList/g)).toHaveLength(1);
    expect(finishedPageScripts(html)).toEqual([]);
  });

  it('gives the island page its props and its island’s files, after first paint', () => {
    expect(islandNames(islandPage)).toEqual(['search']);
    const { html, islands } = finishPage(islandPage, inputs);
    expect(islands).toEqual(['search']);
    expect(html).toMatch(/<script[^>]*data-island-props="search"[^>]*>\{/);
    expect(deferredScriptSources(html)).toEqual(inputs.bundles.scripts.search);
    expect(finishedPageScripts(html)).toEqual(inputs.bundles.scripts.search);
  });

  it('is safe to finish twice', () => {
    const once = finishPage(islandPage, inputs).html;
    expect(finishPage(once, inputs)).toMatchObject({ html: once, problems: [] });
  });
});

describe('the allow-list', () => {
  const finished = finishPage(contentPage, inputs).html;
  const inBody = (extra: string) => finished.replace('</body>', `${extra}</body>`);

  it('names a script the site marked as its own but that runs code', () => {
    expect(foreignTags(inBody('<script data-site="">alert(1)</script>'), allow)).toEqual(['<script data-site="">: an inline script that is not the site\'s loader']);
  });

  it('names a script file named in the page rather than by the loader, even the site’s own', () => {
    expect(foreignTags(inBody('<script data-site="" src="https://cdn.example/a.js"></script>'), allow)).toEqual([
      '<script data-site="" src="https://cdn.example/a.js">: a script file named in the page, not by the loader',
    ]);
  });

  it('names content that React streamed hidden, waiting for a script that is gone', () => {
    const streamed = inBody('<template id="B:0"></template><div hidden id="S:0"><p>Late text</p></div>');
    expect(foreignTags(withoutForeignScripts(`${streamed}<script>$RC("B:0","S:0")</script>`), allow)).toEqual([
      '<template id="B:0">: a streaming placeholder waiting for script',
      '<div hidden id="S:0">: content hidden until a script moves it',
    ]);
  });

  it('names a script preload and an inline event handler, whatever the case and attribute order', () => {
    expect(foreignTags(inBody('<LINK HREF="/x.js" AS="script" REL="preload"><img src="/a.png" alt="" ONERROR="go()">'), allow)).toEqual([
      '<LINK HREF="/x.js" AS="script" REL="preload">: a preload of script',
      '<img src="/a.png" alt="" ONERROR="go()">: an inline event handler (onerror)',
    ]);
  });

  it('removes a foreign script whatever its form, and keeps the site’s data blocks', () => {
    const page = inBody(`<SCRIPT TYPE="module" SRC="/x.js"></SCRIPT><script async src='/y.js'></script><script data-site="" type="application/json" ${ISLAND_ATTRIBUTE}-props="x">{}</script>`);
    const out = withoutForeignScripts(page);
    expect(out).not.toMatch(/x\.js|y\.js/);
    expect(out).toContain('<script data-site="" type="application/json"');
    expect(foreignTags(out, allow)).toEqual([]);
  });
});

describe('finishPages', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on a page that still holds a foreign script, naming the page and the tag, and counts only the pages it finished', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'finish-'));
    writeFileSync(path.join(dir, 'guides.html'), contentPage);
    writeFileSync(path.join(dir, 'search.html'), islandPage);
    const foreign = contentPage.replace('</body>', '<script data-site="" src="https://cdn.example/tracker.js"></script></body>');
    writeFileSync(path.join(dir, 'index.html'), foreign);

    const summary = finishPages(dir, inputs);
    expect(summary).toEqual({
      finished: 2,
      withIslands: 1,
      problems: ['index.html: <script data-site="" src="https://cdn.example/tracker.js">: a script file named in the page, not by the loader'],
    });
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(foreign);
    expect(readFileSync(path.join(dir, 'guides.html'), 'utf8')).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
  });

  it('fails on a page whose island has no bundle', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'finish-'));
    writeFileSync(path.join(dir, 'search.html'), islandPage);
    expect(finishPages(dir, { ...inputs, bundles: { scripts: {}, shared: [] } }).problems).toEqual(['search.html: island "search" has no bundle: add components/island/entries/search.tsx']);
  });
});
