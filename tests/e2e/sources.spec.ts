import { expect, test, type Locator } from '@playwright/test';
import { sourcesData, type SourceData } from './content-data';

/** What a listed source must show: a marked link out to its address, or why there is none; and how we know it. */
async function expectSourceEntry(entry: Locator, s: SourceData, byId: Map<string, SourceData>) {
  if (s.url) {
    const link = entry.getByRole('link', { name: new RegExp(`^${escape(s.title)} \\(opens (the publisher's page|the page we read)\\)$`) });
    await expect(link, s.id).toHaveAttribute('href', s.url);
    await expect(link, s.id).toHaveAttribute('rel', /\bnoopener\b/);
    await expect(link, s.id).toHaveAttribute('rel', /\bnoreferrer\b/);
  } else {
    await expect(entry, s.id).toContainText(`No link: ${s.noUrl}`);
  }
  if (s.reportedIn) await expect(entry, s.id).toContainText(`We know this only through ${byId.get(s.reportedIn)?.title}`);
  if (s.reportedBy) await expect(entry, s.id).toContainText(`We read this through a page published by ${s.reportedBy}`);
}

const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test("every source in an article's list links out to its publisher, or says why it cannot, and says what kind it is", async ({ page }) => {
  const sources = sourcesData();
  const byId = new Map(sources.map((s) => [s.id, s]));
  await page.goto('/guides/what-employers-think');
  const entries = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  const ids = await entries.evaluateAll((items) => items.map((li) => li.id.replace(/^source-/, '')));
  expect(ids.length).toBeGreaterThanOrEqual(2);
  for (const [i, id] of ids.entries()) {
    const s = byId.get(id);
    expect(s, id).toBeDefined();
    await expectSourceEntry(entries.nth(i), s!, byId);
    await expect(entries.nth(i)).toContainText(/Kind of source: (law or rule|official guidance|government data|enforcement case|standards body|research|survey|news)\./);
  }
  // Coursera's survey is known only through the news article: the page says so and links to it.
  const coursera = page.locator('#source-coursera-2023');
  await expect(coursera).toContainText('We know this only through');
  await coursera.getByRole('link', { name: 'How to Choose a Microcredential', exact: true }).click();
  await expect(page.locator('#source-usnews-2024')).toBeInViewport();
});

test('/sources lists every source in content/sources.yaml under the heading for its kind', async ({ page }) => {
  const sources = sourcesData();
  const byId = new Map(sources.map((s) => [s.id, s]));
  const headings: Record<string, string> = {
    law: 'Laws and rules', guidance: 'Official guidance', 'government-data': 'Government data', enforcement: 'Enforcement cases',
    standard: 'Standards bodies', research: 'Research', survey: 'Surveys', news: 'News',
  };
  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every source we use');
  for (const s of sources) {
    const section = page.getByRole('region', { name: headings[s.kind], exact: true });
    const entry = section.locator(`#source-${s.id}`);
    await expect(entry, s.id).toHaveCount(1);
    await expectSourceEntry(entry, s, byId);
  }
  expect(await page.locator('main li[id^="source-"]').count()).toBe(sources.length);
});

test('the research page and the glossary link each source they name', async ({ page }) => {
  const byId = new Map(sourcesData().map((s) => [s.id, s]));
  await page.goto('/research');
  const upcea = byId.get('upcea-2023')!;
  const chart = page.locator('section.chart-block').filter({ hasText: upcea.title }).first();
  await expect(chart.getByRole('link', { name: `${upcea.title} (opens the page we read)` })).toHaveAttribute('href', upcea.url!);
  const coursera = page.locator('section.chart-block').filter({ hasText: byId.get('coursera-2023')!.title }).first();
  await expect(coursera).toContainText('We know this only through');
  await expect(coursera).toContainText(`No link: ${byId.get('coursera-2023')!.noUrl}`);

  await page.goto('/glossary');
  const sourceLink = page.getByRole('main').locator('a[href^="/sources#source-"]').first();
  const href = (await sourceLink.getAttribute('href')) ?? '';
  await sourceLink.click();
  await expect(page).toHaveURL(new RegExp(`${escape(href)}$`));
  await expect(page.locator(href.replace('/sources', ''))).toBeInViewport();
});
