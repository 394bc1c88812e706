import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { credentialsData, type KindData } from './content-data';

test('the comparison reads on a 375 px phone: one column of cards, no sideways scroll', async ({ page }) => {
  const kinds = credentialsData();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/credentials');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  const cards = page.locator('.credential-card');
  await expect(cards).toHaveCount(kinds.length);
  const boxes = await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, right: r.right })));
  for (const b of boxes) expect(b.right).toBeLessThanOrEqual(375);
  expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
  // Nothing inside a card is wider than the card.
  const wide = await cards.evaluateAll((els) =>
    els.flatMap((card) => [...card.querySelectorAll('*')].filter((e) => e.scrollWidth > card.clientWidth + 1).map((e) => e.outerHTML.slice(0, 60))),
  );
  expect(wide).toEqual([]);
});

test('every kind in content/credentials.yaml has a card with the same facts, and a page', async ({ page }) => {
  const kinds = credentialsData();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/credentials');
  for (const kind of kinds) {
    const card = page.locator(`.credential-card#${kind.id}`);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(kind.name);
    for (const label of FACTS) {
      await expect(card.getByText(label, { exact: true }), `${kind.id}: ${label}`).toBeVisible();
    }
    // The answer in a word: the text above the cards says once that it depends on the program.
    const answer = (label: string) => card.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd');
    const word = { yes: 'Yes', sometimes: 'Sometimes', no: 'No' } as const;
    await expect(answer('Can it carry academic credit?')).toHaveText(word[kind.credit.answer]);
    await expect(answer('Can it stack toward more?')).toHaveText(word[kind.stacks.answer]);
    // A length only where a source gives one; the text above the cards says which kinds have one.
    await expect(answer('How long it takes')).toHaveText(kind.length?.text ?? 'Ask the provider');
  }
  await page.getByRole('link', { name: kinds[0]!.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/credentials/${kinds[0]!.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kinds[0]!.name);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Kinds of credential' })).toBeVisible();
});

/** The row headers of the table and the labels on each card, in order, written out here rather than borrowed from the site's code. */
const FACTS = [
  'Who offers it', 'Can it carry academic credit?', 'Can it stack toward more?', 'How long it takes',
  'Who checks its quality?', 'Can federal aid or others pay?', 'Typical price',
];
const NONE = 'No source we use says';

/** What the page must say for a sourced fact: the text from the file, the price with its date, or that no source says. */
function expectedFact(kind: KindData, fact: 'quality' | 'aid' | 'price'): string {
  const f = kind[fact];
  if (!f) return NONE;
  if (fact === 'price') {
    const [year, month] = kind.price!.asOf.split('-');
    const monthName = month ? new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }) : '';
    return `${f.text} Prices as of ${monthName ? `${monthName} ${year}` : year}.`;
  }
  return f.text;
}

const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('at 1280 px the comparison is a table: the kinds head the columns, the facts head the rows', async ({ page }) => {
  const kinds = credentialsData();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/credentials');
  const table = page.getByRole('table', { name: 'The kinds of credential side by side' });
  await expect(table).toBeVisible();
  await expect(page.locator('.credential-card').first()).toBeHidden();
  await expect(table.getByRole('columnheader')).toHaveText(kinds.map((k) => k.name));
  await expect(table.getByRole('rowheader')).toHaveText(FACTS);
  expect(await overflowX(page)).toBeLessThanOrEqual(0);

  // Each cell sits under its kind and beside its fact; the sourced facts name their sources.
  const rows = table.locator('tbody tr');
  const facts = { quality: 4, aid: 5, price: 6 } as const;
  for (const [fact, index] of Object.entries(facts) as [keyof typeof facts, number][]) {
    const cells = rows.nth(index).getByRole('cell');
    await expect(cells).toHaveCount(kinds.length);
    for (const [i, kind] of kinds.entries()) {
      const cell = cells.nth(i);
      await expect(cell, `${kind.id}: ${fact}`).toContainText(expectedFact(kind, fact));
      if (kind[fact]) await expect(cell.getByRole('link').first(), `${kind.id}: ${fact} source`).toHaveAttribute('href', new RegExp(`^/credentials/${kind.id}#source-`));
      else await expect(cell.getByRole('link')).toHaveCount(0);
    }
  }
  // At least one kind of each sourced fact is backed, or the rows would say nothing.
  for (const fact of ['quality', 'aid', 'price'] as const) expect(kinds.some((k) => k[fact]), fact).toBe(true);
});

test('at 320 px the cards show instead of the table, with every fact, and nothing scrolls sideways', async ({ page }) => {
  const kinds = credentialsData();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/credentials');
  await expect(page.getByRole('table')).toBeHidden();
  const cards = page.locator('.credential-card');
  await expect(cards).toHaveCount(kinds.length);
  for (const kind of kinds) {
    const card = page.locator(`.credential-card#${kind.id}`);
    await expect(card).toBeVisible();
    const answer = (label: string) => card.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd');
    await expect(answer('Who checks its quality?')).toContainText(expectedFact(kind, 'quality'));
    await expect(answer('Can federal aid or others pay?')).toContainText(expectedFact(kind, 'aid'));
    await expect(answer('Typical price')).toContainText(expectedFact(kind, 'price'));
  }
  expect(await overflowX(page)).toBeLessThanOrEqual(0);
});

for (const width of [320, 1280]) {
  test(`the comparison at ${width} px in dark mode is axe clean and light text on a dark page`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/credentials');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const shown = width === 320 ? page.locator('.credential-card').first() : page.getByRole('table');
    // Dark mode really applies: the text is light (each channel above 150).
    // Colours may come back as lab(); painting one pixel turns any CSS colour into RGB.
    const channels = await shown.evaluate((el) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.fillStyle = getComputedStyle(el).color;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    });
    expect(Math.min(...channels), channels.join(',')).toBeGreaterThan(150);
  });
}

test("a kind's page shows who checks quality, how aid can pay and the price, each linked to its source below", async ({ page }) => {
  const kind = credentialsData().find((k) => k.price && k.quality && k.aid)!;
  await page.goto(`/credentials/${kind.id}`);
  const glance = page.getByRole('region', { name: 'At a glance' });
  for (const [label, fact] of [['Who checks its quality?', 'quality'], ['Can federal aid or others pay?', 'aid'], ['Typical price', 'price']] as const) {
    const dd = glance.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd');
    await expect(dd).toContainText(expectedFact(kind, fact));
    const links = dd.getByRole('link');
    expect(await links.count(), label).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href).toMatch(/^#source-/);
      await expect(page.getByRole('region', { name: 'Sources' }).locator(href), `${label}: ${href}`).toHaveCount(1);
    }
  }
  // A kind no source gives a price for says so.
  const unpriced = credentialsData().find((k) => !k.price)!;
  await page.goto(`/credentials/${unpriced.id}`);
  await expect(page.getByRole('region', { name: 'At a glance' }).locator('dt', { hasText: 'Typical price' }).locator('xpath=following-sibling::dd')).toHaveText(NONE);
});

test("a kind's checks link to the guide sections that explain them", async ({ page }) => {
  const kind = credentialsData().find((k) => k.checks.some((c) => c.guide?.includes('#')))!;
  const check = kind.checks.find((c) => c.guide?.includes('#'))!;
  await page.goto(`/credentials/${kind.id}`);
  const list = page.getByRole('region', { name: /What to check for/ });
  const links = list.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(kind.checks.filter((c) => c.guide).length);
  await list.locator(`a[href="${check.guide}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${check.guide}$`));
  const heading = page.locator(`#${check.guide!.split('#')[1]}`);
  await expect(heading).toBeInViewport();
});

test('a kind that does not exist is a 404', async ({ page }) => {
  const response = await page.goto('/credentials/no-such-kind');
  expect(response?.status()).toBe(404);
});

test('every link on the new pages leads to a page, and every #fragment to an element', async ({ page, request }) => {
  const pages = ['/credentials', '/research', '/glossary', ...credentialsData().map((k) => `/credentials/${k.id}`)];
  const checked = new Map<string, boolean>();
  for (const route of pages) {
    await page.goto(route);
    const hrefs = await page.getByRole('main').locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of new Set(hrefs.filter((h) => h.startsWith('/') || h.startsWith('#')))) {
      const [pathPart, fragment] = href.startsWith('#') ? [route, href.slice(1)] : (href.split('#') as [string, string | undefined]);
      const key = `${pathPart}#${fragment ?? ''}`;
      if (checked.has(key)) continue;
      const response = await request.get(pathPart);
      expect(response.status(), `${route} links to ${href}`).toBe(200);
      if (fragment) {
        const html = await response.text();
        expect(html, `${route} links to ${href}`).toContain(`id="${fragment}"`);
      }
      checked.set(key, true);
    }
  }
  expect(checked.size).toBeGreaterThan(20);
});

test('links to survey charts name their figure, so two on one page are told apart', async ({ page }) => {
  await page.goto('/credentials/employer-certificate');
  const links = page.getByRole('main').getByRole('link', { name: /^See this figure in its chart on What employers say \(\d+% / });
  expect(await links.count()).toBeGreaterThan(1);
  const names = await links.evaluateAll((els) => els.map((el) => el.textContent));
  expect(new Set(names).size).toBe(names.length);
});
