import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoSideScroll } from './site';

// A reader whose browser runs no script: search still gives results, rendered by the server.
test.use({ javaScriptEnabled: false });

const searchBox = (page: Page, landmark: 'Site search' | 'Search the guide') =>
  page.getByRole('search', { name: landmark }).getByRole('searchbox', { name: 'Search the guide' });

test('from an article, the header search box shows results with the matched words marked', async ({ page }) => {
  await page.goto('/guides/red-flags');
  await searchBox(page, 'Site search').fill('Mesa Community College');
  await searchBox(page, 'Site search').press('Enter');
  await expect(page).toHaveURL(/\/search\/results\?q=Mesa\+Community\+College$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search results' })).toBeVisible();
  await expect(searchBox(page, 'Search the guide')).toHaveValue('Mesa Community College');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Mesa Community College”$/);
  const first = page.getByRole('main').getByRole('listitem').first();
  const link = first.getByRole('link');
  await expect(link).toHaveText('One example: Mesa Community College and Boeing');
  await expect(link.locator('mark')).toHaveText(['Mesa', 'Community', 'College']);
  await expect(first.locator('p mark').first()).toHaveText(/^(Mesa|Community|College)$/);
  await link.click();
  await expect(page).toHaveURL(/\/guides\/research-the-program#one-example-mesa-community-college-and-boeing$/);
});

test('the results page is kept out of search engines and runs no script at all', async ({ page }) => {
  const response = await page.goto('/search/results?q=badge');
  expect(response?.status()).toBe(200);
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // Searching again from the results page works with the form alone.
  await searchBox(page, 'Search the guide').fill('accreditor');
  await page.getByRole('search', { name: 'Search the guide' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/results\?q=accreditor$/);
  await expect(page.getByRole('main').getByRole('link', { name: /Does anyone outside the provider check its quality/ })).toHaveAttribute('href', '/checklist#item-external-check');
});

test('a search with many results shows the best 30, and a link shows them all', async ({ page }) => {
  await page.goto('/search/results?q=program');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^The best 30 of \d+ results for “program”$/);
  const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(30);
  await page.getByRole('link', { name: `Show all ${total} results` }).click();
  await expect(page).toHaveURL(/\/search\/results\?q=program&all=1#result-31$/);
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(total);
  await expect(status).toHaveText(`${total} results for “program”`);
});

test('a search with no result offers the closest pages and the guide’s main pages', async ({ page }) => {
  await page.goto('/search/results?q=zzqx-qqzv');
  const main = page.getByRole('main');
  await expect(page.getByRole('status')).toHaveText('No results for “zzqx-qqzv”. Try fewer or different words, or one of the pages below.');
  const next = main.getByRole('region', { name: 'Where to look instead' });
  await expect(next.getByRole('link')).toHaveText(['The guide', 'The checklist', 'Check a program’s ad', 'What do employers ask for?', 'The glossary']);
  await expect(main.getByRole('region', { name: 'Close to what you typed' })).toHaveCount(0);
  // A misspelled word gets the pages it is close to, with the word they have marked.
  await page.goto('/search/results?q=bdge');
  const close = main.getByRole('region', { name: 'Close to what you typed' });
  await expect(close.getByRole('link').first()).toBeVisible();
  await expect(close.locator('mark').first()).toHaveText(/^badges?$/i);
  await close.getByRole('link').first().click();
  await expect(page).not.toHaveURL(/\/search/);
});

test('an empty, an over-long or a repeated query gets a clear message, never an error page', async ({ page }) => {
  for (const path of ['/search/results', '/search/results?q=']) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.getByRole('status')).toHaveText('Type a word or phrase, such as “red flags” or “wage premium”.');
  }
  expect((await page.goto(`/search/results?q=${'a'.repeat(3001)}`))?.status()).toBe(200);
  await expect(page.getByRole('alert')).toHaveText(/^Your search is too long\. Use up to 3,000 characters/);
  expect((await page.goto('/search/results?q=badge&q=refund'))?.status()).toBe(200);
  await expect(page.getByRole('alert')).toHaveText(/more than one search at once/);
  await expect(searchBox(page, 'Search the guide')).toHaveValue('badge');
});

/**
 * axe needs script in the page, and with JavaScript off it cannot run. The results page's policy
 * lets no script of its own run even when the browser runs scripts, so a scripted browser sees
 * the same page: axe is run there.
 */
async function openScripted(browser: Browser, path: string, width: number) {
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(path);
  // Next's runtime, in the HTML of every page rendered on request, did not run.
  expect(await page.evaluate(() => '__next_f' in window)).toBe(false);
  return { context, page };
}

test('a 3,000-character query wraps at 320 px, and the results page passes axe in light and dark', async ({ page, browser }) => {
  const long = `/search/results?q=${'microcredential'.repeat(200)}`;
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(long);
  await expect(page.getByRole('status')).toContainText('No results for');
  await expectNoSideScroll(page, 'search results with a 3,000-character query');
  // Results with marks, at phone and desktop width.
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/search/results?q=how+long');
    await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
    await expectNoSideScroll(page, `search results at ${width} px`);
  }
  for (const [path, width, what] of [[long, 320, 'a 3,000-character query'], ['/search/results?q=how+long', 320, 'marked results'], ['/search/results?q=how+long', 1280, 'marked results']] as const) {
    const scripted = await openScripted(browser, path, width);
    for (const colorScheme of ['light', 'dark'] as const) {
      await scripted.page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(scripted.page, `search results with ${what} at ${width} px, ${colorScheme}`);
    }
    if (what === 'marked results') {
      // Reached with the Tab key, a result's link is ink on the focus yellow, its marked words too.
      await searchBox(scripted.page, 'Search the guide').focus();
      await scripted.page.keyboard.press('Tab');
      await scripted.page.keyboard.press('Tab');
      const link = scripted.page.getByRole('main').getByRole('listitem').first().getByRole('link');
      await expect(link).toBeFocused();
      const mark = await link.locator('mark').first().evaluate((el) => ({ color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));
      expect(mark).toEqual({ color: 'rgb(11, 12, 12)', background: 'rgba(0, 0, 0, 0)' });
    }
    await scripted.context.close();
  }
});
