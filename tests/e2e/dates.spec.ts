import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';
import { pagesData } from './content-data';
import { fixedRoutes } from './site';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** `2024-03-20` as a reader sees it, written out here rather than borrowed from the site's code. */
const shown = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

test('every page that is not an article shows when it was last reviewed, the date in content/pages.yaml', async ({ page }) => {
  const pages = pagesData();
  // Every fixed page with content of its own is listed (compare and search show only the reader's data).
  expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(fixedRoutes.filter((r) => r !== '/checklist/compare' && r !== '/search')));
  expect(pages.some((p) => p.path.startsWith('/credentials/'))).toBe(true);
  for (const { path, reviewed } of pages) {
    await page.goto(path);
    const line = page.getByRole('main').locator('p.last-reviewed');
    await expect(line, path).toHaveText(`Last reviewed ${shown(reviewed)}`);
    await expect(line.locator('time'), path).toHaveAttribute('datetime', reviewed);
  }
});

/** An article's `changes`, read from its file as an editor wrote it. */
function changesOf(slug: string): { date: string; text: string }[] {
  const file = readFileSync(path.resolve('content', 'guides', `${slug}.md`), 'utf8');
  const frontmatter = parse(file.split(/^---$/m)[1] ?? '', { schema: 'core' }) as { changes?: { date: string; text: string }[] };
  return frontmatter.changes ?? [];
}

test('an article with changes shows them under "What changed", and each is an entry in the feed', async ({ page, request }) => {
  const changes = changesOf('red-flags');
  expect(changes.length).toBeGreaterThan(0);
  await page.goto('/guides/red-flags');
  const section = page.getByRole('region', { name: 'What changed' });
  const items = section.getByRole('listitem');
  await expect(items).toHaveCount(changes.length);
  for (const [i, c] of changes.entries()) {
    await expect(items.nth(i)).toHaveText(`${shown(c.date)}: ${c.text}`);
    await expect(items.nth(i).locator('time')).toHaveAttribute('datetime', c.date);
  }

  const xml = await (await request.get('/feed.xml')).text();
  const entries = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return [...doc.querySelectorAll('channel > item')].map((item) => ({
      link: item.querySelector('link')?.textContent ?? '',
      description: item.querySelector('description')?.textContent ?? '',
      date: new Date(item.querySelector('pubDate')?.textContent ?? '').toISOString().slice(0, 10),
    }));
  }, xml);
  for (const c of changes) {
    expect(entries).toContainEqual({ link: expect.stringMatching(/\/guides\/red-flags#what-changed$/), description: c.text, date: c.date });
  }
  // Newest first, changes and articles together.
  const dates = entries.map((e) => e.date);
  expect(dates).toEqual([...dates].sort().reverse());

  // The link lands on the list.
  await page.goto(new URL(entries.find((e) => e.link.endsWith('#what-changed'))!.link).pathname + '#what-changed');
  await expect(section.getByRole('heading', { name: 'What changed' })).toBeInViewport();
});

test('an article without changes has no "What changed" section', async ({ page }) => {
  await page.goto('/guides/check-a-provider');
  expect(changesOf('check-a-provider')).toEqual([]);
  await expect(page.getByRole('region', { name: 'What changed' })).toHaveCount(0);
});
