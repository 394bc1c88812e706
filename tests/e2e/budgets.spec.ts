import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { finishedPageScripts } from '../../lib/finish/loader';
import { RUNTIME_SCRIPTS_FILE } from '../../lib/finish/islands';

/**
 * The files every island's bundle loads (React), as the build listed them. Read when a test
 * runs, since the build happens after Playwright has loaded this file.
 */
let runtimeFiles: Set<string> | undefined;
const runtime = () => (runtimeFiles ??= new Set(JSON.parse(readFileSync(RUNTIME_SCRIPTS_FILE, 'utf8')) as string[]));

/** The article's share bar script as the build serves it (components/island/entries/share.ts), named by its content. */
const SHARE_SCRIPT = /^\/_next\/static\/islands\/share-[A-Z0-9]+\.js$/;

/**
 * The scripts a page loads (the files its loader requests after first paint, and any
 * `<script src>` left in its HTML), each with its gzip size (level 9, so the figure is
 * deterministic). Link prefetches of other pages are not counted.
 */
async function scriptsOf(request: APIRequestContext, path: string): Promise<Map<string, number>> {
  const html = await (await request.get(path)).text();
  const scripts = new Map<string, number>();
  for (const src of finishedPageScripts(html)) scripts.set(src, gzipSync(await (await request.get(src)).body(), { level: 9 }).length);
  return scripts;
}

/** Bytes of a page's scripts (from scriptsOf) beyond React, which every island shares, and beyond any file `leaveOut` names. */
function ownScriptBytes(scripts: Map<string, number>, leaveOut: (file: string) => boolean = () => false): number {
  return [...scripts].filter(([file]) => !runtime().has(file) && !leaveOut(file)).reduce((sum, [, bytes]) => sum + bytes, 0);
}

test('the runtime list names the files every island page loads', async ({ request }) => {
  expect(runtime().size).toBeGreaterThan(0);
  for (const path of ['/checklist', '/checklist/compare', '/search']) {
    const files = new Set((await scriptsOf(request, path)).keys());
    for (const file of runtime()) expect(files.has(file), `${path} loads ${file}`).toBe(true);
  }
});

test('no page loads the Next.js client runtime or its hydration data; islands load React and their own bundle', async ({ request }) => {
  for (const path of ['/checklist', '/checklist/compare', '/search', '/guides/red-flags', '/']) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain('self.__next_f');
    expect(html, path).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
    for (const src of finishedPageScripts(html)) expect(src, path).toMatch(/^\/_next\/static\/(islands|scripts)\//);
  }
});

/** The feedback block's script (components/island/entries/feedback.ts) and any file it shares with the share bar. */
const FEEDBACK_SCRIPT = /^\/_next\/static\/islands\/(feedback|shared)-[A-Z0-9]+\.js$/;
/** The feedback block's own entry file, without what it shares. */
const FEEDBACK_ENTRY = /\/feedback-[A-Z0-9]+\.js$/;

test('pages without a React island load no React: only the feedback block\'s script, an article also its share script, the 404 page nothing', async ({ request }) => {
  for (const path of ['/', '/guides', '/guides/red-flags', '/glossary', '/research', '/credentials', '/credentials/boot-camp', '/no-such-page']) {
    const html = await (await request.get(path)).text();
    const runnable = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '').filter((attrs) => !attrs.includes('type="application/ld+json"'));
    expect(html, path).not.toContain('self.__next_f');
    if (path === '/no-such-page') {
      expect(runnable, path).toEqual([]);
      continue;
    }
    // Only the loader, which requests the page's files after first paint.
    expect(runnable, path).toHaveLength(1);
    expect(runnable[0], path).toMatch(/^ data-site="" data-scripts="[^"]+"$/);
    const scripts = finishedPageScripts(html);
    for (const src of scripts) expect(runtime().has(src), `${path} loads React's ${src}`).toBe(false);
    expect(scripts.some((src) => FEEDBACK_ENTRY.test(src)), path).toBe(true);
    expect(scripts.some((src) => SHARE_SCRIPT.test(src)), path).toBe(path === '/guides/red-flags');
    for (const src of scripts) expect(src, path).toMatch(SHARE_SCRIPT.test(src) ? SHARE_SCRIPT : FEEDBACK_SCRIPT);
    let bytes = 0;
    for (const src of scripts.filter((s) => !SHARE_SCRIPT.test(s))) bytes += gzipSync(await (await request.get(src)).body(), { level: 9 }).length;
    expect(bytes, `${path}: feedback script bytes`).toBeLessThanOrEqual(2_000);
  }
});

test('an article loads at most 10 kB (gzip) of script: its share bar and feedback block, no React, cached for a year', async ({ request }) => {
  const scripts = await scriptsOf(request, '/guides/red-flags');
  const bytes = ownScriptBytes(scripts);
  console.log(`article script: ${bytes} bytes gzip`);
  for (const file of scripts.keys()) expect(runtime().has(file), file).toBe(false);
  expect([...scripts.keys()].filter((file) => SHARE_SCRIPT.test(file))).toHaveLength(1);
  for (const file of scripts.keys()) expect((await request.get(file)).headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(10_000);
});

test('the checklist island stays under 25 kB (gzip); the feedback block the page also loads has its own budget', async ({ request }) => {
  const scripts = await scriptsOf(request, '/checklist');
  const feedbackEntry = (file: string) => FEEDBACK_ENTRY.test(file);
  expect([...scripts.keys()].filter(feedbackEntry)).toHaveLength(1);
  const bytes = ownScriptBytes(scripts, feedbackEntry);
  console.log(`checklist island script: ${bytes} bytes gzip`);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThan(25_000);
});

test('the search page loads at most 10 kB (gzip) of its own script: index, stemmer and results', async ({ request }) => {
  const bytes = ownScriptBytes(await scriptsOf(request, '/search'));
  console.log(`search island script: ${bytes} bytes gzip`);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(10_000);
});

test('no page downloads a web font, so text never shifts when a font arrives', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(r.url())) fonts.push(r.url());
  });
  for (const path of ['/', '/guides/red-flags', '/checklist', '/search?q=badge']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.fonts.size), path).toBe(0);
  }
  expect(fonts).toEqual([]);
});

test('pages do not fetch other pages ahead of time, but links still open them', async ({ page }) => {
  const prefetches: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('_rsc=')) prefetches.push(r.url());
  });
  for (const path of ['/', '/guides/red-flags', '/checklist']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(prefetches).toEqual([]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
