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
