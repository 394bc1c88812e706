import { expect, test } from '@playwright/test';
import { credentialsData } from './content-data';

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
  await page.goto('/credentials');
  for (const kind of kinds) {
    const card = page.locator(`.credential-card#${kind.id}`);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(kind.name);
    for (const label of ['Who offers it', 'Can it carry academic credit?', 'Can it stack toward more?', 'How long it takes']) {
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
