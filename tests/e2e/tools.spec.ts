import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { itSupportAds, itSupportCounts, itSupportDegrees } from '../unit/tools/job-ads-fixtures';
import { programAds } from '../unit/tools/program-ads';
import { expectNoAxeViolationsWithoutScript, watchViolations, WCAG_TAGS } from './site';

const AD = programAds[0]!.text;

const sizes = [
  { name: '320 px', viewport: { width: 320, height: 800 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
];

async function newPage(browser: Browser, javaScriptEnabled: boolean, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ javaScriptEnabled, viewport });
  return { context, page: await context.newPage() };
}

async function noAxeViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), what).toEqual([]);
}

async function noSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
}

/** The claims the invented ad must show, each marked, explained with a source and a question. */
async function expectAdResult(page: Page) {
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'What we found' })).toBeVisible();
  for (const phrase of ['guaranteed $90k job', '94% placement', 'Pay nothing until you’re hired']) {
    await expect(main.locator('mark', { hasText: phrase }).first()).toBeVisible();
  }
  const findings = main.getByRole('region', { name: /claims to question/i }).or(main.locator('section[aria-labelledby="findings-heading"]'));
  for (const label of ['A guaranteed job or interview', 'A placement or hiring rate', 'A promise about pay', 'Pay later, or pay nothing until you are hired']) {
    const item = findings.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^${label.replace(/[()?]/g, '\\$&')}`) }) });
    await expect(item).toHaveCount(1);
    await expect(item.getByText(/^Sources?:/)).toBeVisible();
    await expect(item.getByText('Ask:')).toBeVisible();
  }
  const missing = main.locator('section[aria-labelledby="missing-heading"]');
  for (const label of ['The total price', 'The refund or cancellation policy', 'An outcome report that counts every student who started']) {
    await expect(missing.getByRole('heading', { name: label })).toBeVisible();
  }
  // The findings come most serious first.
  await expect(findings.getByRole('heading', { level: 4 }).first()).toContainText('Serious warning');
}

for (const size of sizes) {
  test(`program ad, with JavaScript, at ${size.name}: checked in the browser, nothing sent`, async ({ browser }) => {
    const { context, page } = await newPage(browser, true, size.viewport);
    const violations = watchViolations(page);
    await page.goto('/tools/program-claims');
    await expect(page.getByRole('button', { name: 'Check this ad' })).toBeVisible();
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') sent.push(`${r.method()} ${r.url()}`);
    });
    await page.getByLabel('The ad, program page or email').fill(AD);
    await page.getByRole('button', { name: 'Check this ad' }).click();
    await expectAdResult(page);
    await expect(page.getByRole('heading', { name: 'What we found' })).toBeFocused();
    expect(sent).toEqual([]);
    expect(page.url()).toMatch(/\/tools\/program-claims$/);
    await noSideScroll(page);
    await noAxeViolations(page, 'program-claims result');
    await page.emulateMedia({ colorScheme: 'dark' });
    await noAxeViolations(page, 'program-claims result in dark mode');
    expect(violations).toEqual([]);
    await context.close();
  });

  test(`program ad, without JavaScript, at ${size.name}: the server shows the same result`, async ({ browser }) => {
    const { context, page } = await newPage(browser, false, size.viewport);
    await page.goto('/tools/program-claims');
    await expect(page.getByText('The server does not store it')).toBeVisible();
    await page.getByLabel('The ad, program page or email').fill(AD);
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Check this ad' }).click()]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toContain("script-src 'none'");
    await expectAdResult(page);
    // The reader's text comes back in the box, to edit and check again.
    await expect(page.getByLabel('The ad, program page or email')).toHaveValue(AD);
    await noSideScroll(page);
    await expectNoAxeViolationsWithoutScript(browser, await page.content(), response.headers()['content-security-policy'] ?? '', size.viewport, 'program-claims result without JavaScript');
    await context.close();
  });
}

test('program ad: keyboard only, empty and oversize text get clear messages, pasted markup stays text', async ({ page }) => {
  const violations = watchViolations(page);
  await page.goto('/tools/program-claims');
  await expect(page.getByRole('button', { name: 'Check this ad' })).toBeVisible();
  await page.getByLabel('The ad, program page or email').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check this ad' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Paste the text of an ad first: the box is empty.')).toBeVisible();
  await expect(page.getByLabel('The ad, program page or email')).toBeFocused();

  await page.getByLabel('The ad, program page or email').fill('x'.repeat(50_001));
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('This text is longer than 50,000 characters.', { exact: false })).toBeVisible();

  await page.getByLabel('The ad, program page or email').fill('<img src=x onerror="window.pwned=1"> We guarantee a job! <script>window.pwned=2</script>');
  await page.getByRole('button', { name: 'Check this ad' }).press('Enter');
  await expect(page.locator('mark', { hasText: 'guarantee a job' }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your text, with the claims marked' })).toContainText('<script>window.pwned=2</script>');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  // Copy and print are there once the script runs.
  await expect(page.getByRole('button', { name: 'Copy these questions' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  expect(violations).toEqual([]);
});

/** The table's counts, by credential name: ads ("4 of 5"), required, preferred, not said. */
async function expectJobCounts(page: Page) {
  const table = page.getByRole('table', { name: /Each credential the ads name/ });
  await expect(table).toBeVisible();
  for (const [name, [ads, required, preferred, unstated]] of Object.entries(itSupportCounts)) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name.replace(/[+.:]/g, '\\$&')}`) }) });
    await expect(row.getByRole('cell')).toHaveText([/./, `${ads} of 5`, String(required), String(preferred), String(unstated)]);
  }
  await expect(table.getByRole('row')).toHaveCount(Object.keys(itSupportCounts).length + 1);
  const degrees = page.locator('section[aria-labelledby="degrees-heading"]');
  await expect(degrees).toContainText(`${itSupportDegrees.ads} of 5 ads mention a degree. ${itSupportDegrees.experienceInstead} of those ${itSupportDegrees.ads} accept experience instead.`);
  for (const [level, n] of Object.entries(itSupportDegrees.levels)) await expect(degrees.getByRole('listitem').filter({ hasText: level })).toContainText(`${n} of 5 ads`);
  await expect(page.getByText('4 of 5 ads ask for CompTIA A+.')).toBeVisible();
}

for (const size of sizes) {
  test(`five job ads, with JavaScript, at ${size.name}: one box each, added from the keyboard`, async ({ browser }) => {
    const { context, page } = await newPage(browser, true, size.viewport);
    const violations = watchViolations(page);
    await page.goto('/tools/job-ads');
    await expect(page.getByRole('button', { name: 'Add another ad' })).toBeVisible();
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') sent.push(r.url());
    });
    await page.getByLabel('Job ad 1').fill(itSupportAds[0]!);
    for (let i = 1; i < itSupportAds.length; i++) {
      await page.getByRole('button', { name: 'Add another ad' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByLabel(`Job ad ${i + 1}`)).toBeFocused();
      await page.keyboard.insertText(itSupportAds[i]!);
    }
    await page.getByRole('button', { name: 'Count what the ads ask for' }).click();
    await expect(page.getByRole('heading', { name: 'What we found' })).toBeFocused();
    await expectJobCounts(page);
    expect(sent).toEqual([]);
    await noSideScroll(page);
    await noAxeViolations(page, 'job-ads result');
    await page.emulateMedia({ colorScheme: 'dark' });
    await noAxeViolations(page, 'job-ads result in dark mode');
    expect(violations).toEqual([]);
    await context.close();
  });

  test(`five job ads, without JavaScript, at ${size.name}: one box, separated by dashes`, async ({ browser }) => {
    const { context, page } = await newPage(browser, false, size.viewport);
    await page.goto('/tools/job-ads');
    await expect(page.getByRole('button', { name: 'Add another ad' })).toHaveCount(0);
    await page.getByLabel('Job ad 1').fill(itSupportAds.join('\n---\n'));
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Count what the ads ask for' }).click()]);
    expect(response.headers()['content-security-policy']).toContain("script-src 'none'");
    await expectJobCounts(page);
    await noSideScroll(page);
    await expectNoAxeViolationsWithoutScript(browser, await page.content(), response.headers()['content-security-policy'] ?? '', size.viewport, 'job-ads result without JavaScript');
    await context.close();
  });
}

test('the home page and the articles link to both tools', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Check a program’s ad' })).toHaveAttribute('href', '/tools/program-claims');
  await expect(page.getByRole('main').getByRole('link', { name: 'What do employers ask for?' })).toHaveAttribute('href', '/tools/job-ads');
  for (const [article, tool] of [
    ['/guides/red-flags', '/tools/program-claims'],
    ['/guides/research-the-program', '/tools/job-ads'],
    ['/guides/know-your-career-goal', '/tools/job-ads'],
  ]) {
    await page.goto(article!);
    await expect(page.getByRole('main').locator(`a[href="${tool}"]`)).toHaveCount(1);
  }
});

test('text pasted before the script has loaded is kept and checked', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/islands/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/tools/program-claims');
  await page.getByLabel('The ad, program page or email').fill(AD);
  release();
  await page.getByRole('button', { name: 'Check this ad' }).click();
  await expectAdResult(page);
  await expect(page.getByLabel('The ad, program page or email')).toHaveValue(AD);
});
