import { gzipSync } from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { deferredScriptSources, finishedPageScripts } from '../../lib/build/defer-scripts';

/**
 * The scripts a page needs: the files its loader requests after first paint, and any `<script src>`
 * tag left in its prerendered HTML, each with its gzip size (level 9, so the figure is
 * deterministic). Link prefetches of other pages are not counted.
 */
async function scriptsOf(request: APIRequestContext, path: string): Promise<Map<string, number>> {
  const html = await (await request.get(path)).text();
  expect(deferredScriptSources(html).length, `${path} loads its runtime after first paint`).toBeGreaterThan(0);
  const scripts = new Map<string, number>();
  for (const src of finishedPageScripts(html)) scripts.set(src, gzipSync(await (await request.get(src)).body(), { level: 9 }).length);
  return scripts;
}

/** Bytes of script a page needs beyond the Next.js/React runtime that every page shares. */
async function ownScriptBytes(request: APIRequestContext, path: string): Promise<number> {
  const runtime = await scriptsOf(request, '/guides'); // a page with no islands: runtime only
  const scripts = await scriptsOf(request, path);
  return [...scripts].filter(([file]) => !runtime.has(file)).reduce((sum, [, bytes]) => sum + bytes, 0);
}

test('an article loads at most 10 kB (gzip) of its own script: the share island', async ({ request }) => {
  const bytes = await ownScriptBytes(request, '/guides/red-flags');
  console.log(`article island script: ${bytes} bytes gzip`);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(10 * 1024);
});

test('the checklist island stays under 25 kB (gzip)', async ({ request }) => {
  const bytes = await ownScriptBytes(request, '/checklist');
  console.log(`checklist island script: ${bytes} bytes gzip`);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThan(25 * 1024);
});

test('the search page loads at most 10 kB (gzip) of its own script: index, stemmer and results', async ({ request }) => {
  const bytes = await ownScriptBytes(request, '/search');
  console.log(`search island script: ${bytes} bytes gzip`);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(10 * 1024);
});

test('the home page needs no script of its own', async ({ request }) => {
  expect(await ownScriptBytes(request, '/')).toBe(0);
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
