import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { articleRoutes } from './site';

test('a reader goes from the home page to the guide list to an article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is a microcredential worth it for you?');
  const steps = page.getByRole('region', { name: 'Four steps before you enroll' }).getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('Step 1');
  await expect(steps.nth(2)).toContainText('Step 3');
  await expect(steps.nth(3)).toContainText('Step 4');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The guide' }).click();
  await expect(page).toHaveURL(/\/guides$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The guide');
  const items = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  expect(await items.count()).toBeGreaterThanOrEqual(6);
  await expect(items.first()).toContainText(/\d+ min read · Updated [A-Z][a-z]+ \d{1,2}, \d{4}/);

  const first = items.first().getByRole('link');
  const title = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Last reviewed')).toBeVisible();
  await expect(page.getByRole('region', { name: 'The short version' })).toBeVisible();
});

test('the home page steps link to the four step articles', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Watch for red flags' }).click();
  await expect(page.getByText('Step 3 of 4')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('red flags');

  await page.goto('/');
  await page.getByRole('link', { name: 'Before you sign: cost, contract and refunds' }).click();
  await expect(page).toHaveURL(/\/guides\/before-you-sign$/);
  await expect(page.getByText('Step 4 of 4')).toBeVisible();
});

test('every table of contents link lands on its heading', async ({ page }) => {
  await page.goto('/guides/research-the-program');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const href = (await link.getAttribute('href')) ?? '';
    const text = ((await link.textContent()) ?? '').trim();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const target = page.locator(href);
    await expect(target).toBeInViewport();
    await expect(target).toContainText(text);
  }
});

test('citations link to numbered sources at the end of the article', async ({ page }) => {
  await page.goto('/guides/what-employers-think');
  const sources = page.getByRole('region', { name: 'Sources' });
  const entries = sources.getByRole('listitem');
  expect(await entries.count()).toBeGreaterThanOrEqual(2);
  const firstCitation = page.locator('.article-body sup.citation a').first();
  await expect(firstCitation).toHaveText('Source 1');
  const href = (await firstCitation.getAttribute('href')) ?? '';
  await firstCitation.click();
  await expect(page.locator(href)).toBeInViewport();
  // Citation n points at the n-th entry of the list.
  await expect(entries.first()).toHaveAttribute('id', href.slice(1));
  await expect(sources).toContainText('Who was asked');
});

test('previous and next follow the guide order', async ({ page }) => {
  const routes = await articleRoutes(page);
  const [first, second] = routes;
  expect(second).toBeDefined();
  await page.goto(first!);
  const nav = page.getByRole('navigation', { name: 'Previous and next articles' });
  await expect(nav.getByText('Previous')).toHaveCount(0);
  await nav.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`${second}$`));
  await page.getByRole('navigation', { name: 'Previous and next articles' }).getByRole('link', { name: /Previous/ }).click();
  await expect(page).toHaveURL(new RegExp(`${first}$`));

  await page.goto(routes.at(-1)!);
  await expect(page.getByRole('navigation', { name: 'Previous and next articles' }).getByText('Next')).toHaveCount(0);
});

test('step 4 follows the red flags, and the two articles on paying follow step 4', async ({ page }) => {
  const routes = await articleRoutes(page);
  const at = (slug: string) => routes.indexOf(`/guides/${slug}`);
  const journey = ['red-flags', 'before-you-sign', 'pay-for-a-program', 'workforce-pell', 'employer-made-credentials'];
  const start = at('red-flags');
  expect(start).toBeGreaterThanOrEqual(0);
  expect(journey.map(at)).toEqual(journey.map((_, n) => start + n));

  await page.goto('/guides/before-you-sign');
  const nav = page.getByRole('navigation', { name: 'Previous and next articles' });
  await expect(nav.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/guides/red-flags');
  await nav.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/guides\/pay-for-a-program$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to pay for a short program');
  await page.getByRole('navigation', { name: 'Previous and next articles' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/guides\/workforce-pell$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workforce Pell Grants, explained');
});

test('a heading has a link to itself for sharing a section', async ({ page }) => {
  await page.goto('/guides/red-flags');
  const heading = page.locator('.article-body h2').first();
  const id = await heading.getAttribute('id');
  // Beside the heading, not in it: the heading is read as its own text alone.
  await expect(page.getByRole('heading', { level: 2, name: (await heading.textContent()) ?? '', exact: true })).toHaveAttribute('id', id ?? '');
  await expect(page.getByRole('link', { name: `Link to the section “${await heading.textContent()}”` })).toHaveAttribute('href', `#${id}`);
});

test('printing an article leaves out the site navigation', async ({ page }) => {
  await page.goto('/guides/red-flags');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
});

test('the home page and every footer lead to the reference pages', async ({ page }) => {
  await page.goto('/');
  const reference = page.getByRole('region', { name: 'Look something up' });
  for (const [name, path] of [['Kinds of credential', '/credentials'], ['What employers say', '/research'], ['Glossary', '/glossary']] as const) {
    await expect(reference.getByRole('link', { name })).toHaveAttribute('href', path);
  }
  await page.goto('/guides/red-flags');
  const footer = page.getByRole('navigation', { name: 'Footer' });
  for (const name of ['The guide', 'Checklist', 'Kinds of credential', 'What employers say', 'Glossary']) await expect(footer.getByRole('link', { name })).toBeVisible();
});

test('an article shows its update date only when it differs from the date it was published', async ({ page }) => {
  for (const slug of readdirSync(path.resolve('content', 'guides')).map((f) => f.replace(/\.md$/, ''))) {
    const source = readFileSync(path.resolve('content', 'guides', `${slug}.md`), 'utf8');
    const date = (field: string) => new RegExp(`^${field}: (\\S+)$`, 'm').exec(source)?.[1];
    await page.goto(`/guides/${slug}`);
    const meta = page.getByRole('main').locator('dl').first();
    await expect(meta.getByText('Published', { exact: true })).toBeVisible();
    await expect(meta.getByText('Updated', { exact: true }), slug).toHaveCount(date('updated') === date('published') ? 0 : 1);
  }
});

test('an article table has its caption, column and row headers, and sits in a named region a keyboard can reach', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/guides/red-flags');
  const name = 'Each red flag, and a question to ask the provider about it';
  const table = page.getByRole('table', { name });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Red flag', 'What to ask']);
  await expect(table.getByRole('rowheader', { name: 'No outside check' })).toBeVisible();
  // The page itself never scrolls sideways; the table's named region does, and takes focus.
  const region = page.getByRole('region', { name });
  await region.focus();
  await expect(region).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('citation marks are targets a thumb can hit: at least 24 px each way', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/guides/what-employers-think');
  const sizes = await page.locator('.citation a').evaluateAll((links) =>
    links.map((a) => {
      const box = a.getBoundingClientRect();
      return Math.min(box.width, box.height);
    }),
  );
  expect(sizes.length).toBeGreaterThan(3);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
});
