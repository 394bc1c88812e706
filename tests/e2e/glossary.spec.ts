import { expect, test } from '@playwright/test';
import { glossaryData } from './content-data';
import { articleRoutes } from './site';

test('the glossary is one description list with an anchor for every term in content/glossary.yaml', async ({ page }) => {
  const terms = glossaryData();
  await page.goto('/glossary');
  const list = page.getByRole('main').locator('dl');
  await expect(list).toHaveCount(1);
  await expect(list.locator('dt')).toHaveCount(terms.length);
  for (const t of terms) {
    await expect(list.locator(`dt#${t.id}`), t.id).toHaveText(t.term);
  }
});

test('the list of terms jumps to each entry', async ({ page }) => {
  await page.goto('/glossary');
  const nav = page.getByRole('navigation', { name: 'Terms on this page' });
  const last = nav.getByRole('link').last();
  const href = (await last.getAttribute('href')) ?? '';
  await last.click();
  await expect(page).toHaveURL(new RegExp(`/glossary${href}$`));
  await expect(page.locator(href)).toBeInViewport();
});

test('terms in articles link to their glossary entry, and the anchor lands on it', async ({ page }) => {
  const ids = new Set(glossaryData().map((t) => t.id));
  const linked = new Set<string>();
  for (const route of await articleRoutes(page)) {
    await page.goto(route);
    const hrefs = await page.locator('.article-body a.glossary-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    // Each term is linked once per article.
    expect(new Set(hrefs).size, route).toBe(hrefs.length);
    for (const href of hrefs) {
      expect(href, route).toMatch(/^\/glossary#/);
      expect(ids.has(href.split('#')[1]!), `${route}: ${href}`).toBe(true);
      linked.add(href);
    }
  }
  expect(linked.size).toBeGreaterThanOrEqual(10);

  await page.goto('/guides/what-are-microcredentials');
  const first = page.locator('.article-body a.glossary-link').first();
  const href = (await first.getAttribute('href')) ?? '';
  const id = href.split('#')[1]!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const entry = page.locator(`dt#${id}`);
  await expect(entry).toBeInViewport();
  await expect(entry).toHaveText(glossaryData().find((t) => t.id === id)!.term);
});

test('glossary links are not placed in headings', async ({ page }) => {
  for (const route of await articleRoutes(page)) {
    await page.goto(route);
    await expect(page.locator('.article-body :is(h2, h3) a.glossary-link'), route).toHaveCount(0);
  }
});
