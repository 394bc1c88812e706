import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { credentialsData, expectedDataValue, expectedShare, researchData, sourcesData } from './content-data';

test('every figure on /research is the value in content/research.yaml, in its table and its bar', async ({ page }) => {
  const { figures } = researchData();
  await page.goto('/research');
  for (const f of figures) {
    const cell = page.locator(`td[data-figure-id="${f.id}"]`);
    await expect(cell, f.id).toHaveCount(1);
    await expect(cell, f.id).toHaveText(expectedShare(f));
    // The bar's length is the same value.
    const bar = page.locator(`g[data-figure-id="${f.id}"] rect.chart-bar`);
    await expect(bar, f.id).toHaveAttribute('width', `${f.value}%`);
    const shareText = `${f.bound === 'more-than' ? 'more than ' : ''}${f.value}%`;
    await expect(page.locator(`g[data-figure-id="${f.id}"] text`), f.id).toContainText(shareText, { ignoreCase: true });
  }
});

test('/research shows no percentage that is not in content/research.yaml', async ({ page }) => {
  const { figures, dataCharts = [] } = researchData();
  const percents = dataCharts.filter((c) => c.unit === 'percent').flatMap((c) => c.bars.map((b) => b.value));
  const values = new Set([...figures.map((f) => f.value), ...percents]);
  await page.goto('/research');
  const text = await page.getByRole('main').innerText();
  const shown = [...text.matchAll(/(\d+(?:\.\d+)?)\s*%/g)].map((m) => Number(m[1]));
  expect(shown.length).toBeGreaterThanOrEqual(values.size);
  expect(shown.filter((v) => !values.has(v))).toEqual([]);
});

test('each chart is one image, named by its title and described with every value', async ({ page }) => {
  const { charts, figures, dataCharts = [] } = researchData();
  await page.goto('/research');
  await expect(page.getByRole('img')).toHaveCount(charts.length + dataCharts.length);
  for (const c of charts) {
    const img = page.getByRole('img', { name: c.title, exact: true });
    await expect(img).toBeVisible();
    const description = await img.evaluate((svg) => {
      const ids = (svg.getAttribute('aria-describedby') ?? '').split(' ');
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    for (const id of c.figures) {
      const f = figures.find((x) => x.id === id)!;
      expect(description, `${c.id} describes ${id}`).toContain(`${f.label}: ${f.bound === 'more-than' ? 'more than ' : ''}${f.value}%`);
    }
    // Who was asked and the source sit under every chart.
    const block = page.locator(`section#${c.id}`);
    await expect(block.getByText('Who was asked')).toBeVisible();
    await expect(block.getByText('How much weight to give this:')).toBeVisible();
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the charts pass axe in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/research');
    const { violations } = await new AxeBuilder({ page }).include('.chart-block').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('bars stand out from their track in both colour schemes and print in grey', async ({ page }) => {
  await page.goto('/research');
  const fills = () => page.locator('rect.chart-bar').first().evaluate((r) => getComputedStyle(r).fill);
  const light = await fills();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await fills();
  expect(light).not.toBe(dark);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await fills()).toBe('rgb(51, 51, 51)');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});

test('/research says plainly, under its own heading after the charts, that the evidence is thin and that one survey comes from a provider with a stake', async ({ page }) => {
  await page.goto('/research');
  const notes = page.getByRole('region', { name: 'About these sources' });
  const box = notes.getByRole('region', { name: 'How strong is this evidence?' });
  await expect(box).toContainText('Thin.');
  await expect(box).toContainText('stake');
  // The intro says so too, in a line, and links to the notes.
  await page.getByRole('link', { name: 'read how strong this evidence is' }).click();
  await expect(page).toHaveURL(/\/research#about-these-sources$/);
  await expect(notes.getByRole('heading', { name: 'About these sources' })).toBeInViewport();
  // Who each survey asked, and what weighs on it, are still on the page.
  await expect(notes).toContainText('510 employers: people in organizations who are responsible for hiring');
  await expect(notes).toContainText('Nearly 5,000 students and employers in 11 countries');
});

test('on a phone, the first chart comes right after a short intro, before the notes about the surveys', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/research');
  const { charts } = researchData();
  const firstChart = page.getByRole('img', { name: charts[0]!.title, exact: true });
  // The first chart's heading is on the first screen, and its bars start within a screen and a half.
  await expect(page.locator(`section#${charts[0]!.id}`).getByRole('heading', { level: 3 })).toBeInViewport();
  const top = async (l: ReturnType<typeof page.locator>) => (await l.boundingBox())!.y;
  expect(await top(firstChart)).toBeLessThan(812 * 1.5);
  // Every chart comes before the notes.
  const notes = page.getByRole('heading', { name: 'About these sources', level: 2 });
  const evidence = page.getByRole('heading', { name: 'How strong is this evidence?' });
  const reading = page.getByRole('heading', { name: 'How to read the charts' });
  const lastChart = page.getByRole('img', { name: charts[charts.length - 1]!.title, exact: true });
  for (const note of [notes, evidence, reading]) {
    expect(await top(firstChart)).toBeLessThan(await top(note));
    expect(await top(lastChart)).toBeLessThan(await top(note));
  }
});

test('/research has one h1, then h2s, with no heading level skipped', async ({ page }) => {
  await page.goto('/research');
  const levels = await page.getByRole('main').locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.slice(1).forEach((l, i) => expect(l, `heading ${i + 2}`).toBeLessThanOrEqual(levels[i]! + 1));
  expect(levels[1]).toBe(2);
  const h2s = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
  expect(h2s.slice(-3)).toEqual(['About these sources', 'What to do with this', 'Is this page useful?']);
});

test('what employers say they would do is charted apart from what had happened', async ({ page }) => {
  const { charts } = researchData();
  const happened = charts.find((c) => c.figures.includes('upcea-approached'))!;
  const wouldDo = charts.find((c) => c.figures.includes('upcea-willing'))!;
  expect(happened.id).not.toBe(wouldDo.id);
  await page.goto('/research');
  const heading = (id: string) => page.locator(`section#${id}`).getByRole('heading', { level: 3 });
  await expect(heading(happened.id)).toHaveText(/^What has happened:/);
  await expect(heading(wouldDo.id)).toHaveText(/^What employers say they would do:/);
  const shown = (id: string) => page.locator(`section#${id} td[data-figure-id]`).evaluateAll((tds) => tds.map((td) => td.getAttribute('data-figure-id')));
  expect(await shown(happened.id)).toEqual(['upcea-never-approached', 'upcea-approached']);
  expect(await shown(wouldDo.id)).toEqual(['upcea-willing']);
  await expect(page.locator('section#' + wouldDo.id)).toContainText('Said they would be willing');
});

test('figures on credential pages are the values in content/research.yaml, and link to their chart', async ({ page }) => {
  const { figures, charts } = researchData();
  const kinds = credentialsData().filter((k) => k.figures?.length);
  expect(kinds.length).toBeGreaterThan(0);
  for (const kind of kinds) {
    await page.goto(`/credentials/${kind.id}`);
    for (const { id } of kind.figures ?? []) {
      const f = figures.find((x) => x.id === id)!;
      await expect(page.locator(`[data-figure-id="${id}"]`), `${kind.id}: ${id}`).toHaveText(expectedShare(f));
    }
  }
  // The chart link lands on the chart that draws the figure.
  const kind = kinds[0]!;
  const first = kind.figures![0]!.id;
  const chart = charts.find((c) => c.figures.includes(first))!;
  await page.goto(`/credentials/${kind.id}`);
  await page.getByRole('link', { name: /See this figure in its chart/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/research#${chart.id}$`));
  await expect(page.locator(`section#${chart.id}`)).toBeInViewport();
});

test('a source is named once: no "UPCEA, UPCEA\'s survey"', async ({ page }) => {
  await page.goto('/research');
  const lines = await page.locator('dt:text-is("Source") + dd').allInnerTexts();
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line, line).not.toMatch(/^([\w ]+), \1's/);
  expect(lines).toContainEqual(expect.stringMatching(/^UPCEA and Collegis Education, The Effect of Employer Understanding and Engagement on Non-Degree Credentials \(opens the page we read\) \(2023\)/));
});

test('each chart of pay, counts or rates has its heading, a table with every value, its source linked and its date', async ({ page }) => {
  const { dataCharts = [] } = researchData();
  expect(dataCharts.map((c) => c.id)).toEqual(['bls-wage-by-entry-education', 'credential-engine-count', 'bloomtech-placement']);
  const sources = sourcesData();
  await page.goto('/research');
  for (const c of dataCharts) {
    const block = page.locator(`section#${c.id}`);
    await expect(block.getByRole('heading', { level: 3 }), c.id).toHaveText(c.title);
    await expect(block.getByRole('img', { name: c.title, exact: true })).toBeVisible();
    const rows = block.getByRole('table').getByRole('row');
    // A header row, then one row a bar: its label and its value as the site writes it.
    await expect(rows).toHaveCount(c.bars.length + 1);
    for (const [i, bar] of c.bars.entries()) {
      await expect(rows.nth(i + 1).getByRole('rowheader'), `${c.id} ${bar.label}`).toHaveText(bar.label);
      await expect(rows.nth(i + 1).getByRole('cell'), `${c.id} ${bar.label}`).toHaveText(expectedDataValue(c.unit, bar));
    }
    const source = sources.find((s) => s.id === c.sourceId)!;
    const link = block.getByRole('link', { name: new RegExp(`^${source.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await expect(link, c.id).toHaveAttribute('href', source.url!);
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(block.getByText('Published', { exact: true })).toBeVisible();
    await expect(block.getByText('How much weight to give this:')).toBeVisible();
  }
  // The dates as a reader sees them.
  await expect(page.locator('section#bls-wage-by-entry-education')).toContainText('April 17, 2024');
  await expect(page.locator('section#credential-engine-count')).toContainText('December 9, 2025');
  await expect(page.locator('section#credential-engine-count')).toContainText('the first count left badges out');
});
