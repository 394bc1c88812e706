import { expect, test } from '@playwright/test';
import { allRoutes } from './site';

test('no page scrolls sideways on a 320 px wide phone', async ({ page }) => {
  test.setTimeout(120_000);
  const routes = await allRoutes(page);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of routes) {
    await page.goto(route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${route} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});

test('the skip link takes keyboard users straight to the content', async ({ page }) => {
  await page.goto('/guides/red-flags');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link').first()).toBeFocused();
});

test('every page has one h1, a main landmark, and a title naming the site', async ({ page }) => {
  test.setTimeout(120_000);
  for (const route of await allRoutes(page)) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 }), route).toHaveCount(1);
    await expect(page.getByRole('main'), route).toHaveCount(1);
    await expect(page, route).toHaveTitle(/Microcredential Guide/);
  }
});

test('on a desktop screen the header has the name and search on one row, and the sections below', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guides/red-flags');
  const header = page.getByRole('banner');
  const name = (await header.getByRole('link', { name: 'Microcredential Guide' }).boundingBox())!;
  const search = (await header.getByRole('searchbox', { name: 'Search the guide' }).boundingBox())!;
  const sections = (await header.getByRole('navigation', { name: 'Main' }).boundingBox())!;
  const middle = (box: { y: number; height: number }) => box.y + box.height / 2;
  expect(Math.abs(middle(search) - middle(name))).toBeLessThan(name.height);
  expect(search.x).toBeGreaterThan(name.x + name.width);
  expect(sections.y).toBeGreaterThanOrEqual(search.y + search.height);
});

test('the header says which section you are in, on the page itself and on the pages under it', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const current = () => nav.locator('a[aria-current]');
  await page.goto('/checklist');
  await expect(current()).toHaveCount(1);
  await expect(nav.getByRole('link', { name: 'Checklist' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/guides/red-flags');
  await expect(current()).toHaveCount(1);
  await expect(nav.getByRole('link', { name: 'The guide' })).toHaveAttribute('aria-current', 'true');
  // Bold, so sighted readers see it too.
  expect(await nav.getByRole('link', { name: 'The guide' }).evaluate((a) => getComputedStyle(a).fontWeight)).toBe('700');
  await page.goto('/');
  await expect(current()).toHaveCount(0);
});
