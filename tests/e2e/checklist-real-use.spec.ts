import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readQr } from './qr';
import { checklistItemIds, expectNoAxeViolations, expectNoSideScroll, question, STORAGE_KEY } from './site';

/** A checklist with every question answered and noted, saved in this browser as the site saves it. */
async function saveFullChecklist(page: Page, name: string, noteLength = 90) {
  const ids = await checklistItemIds(page);
  const answers = Object.fromEntries(ids.map((id, i) => [id, (['yes', 'no', 'unsure'] as const)[i % 3]]));
  const notes = Object.fromEntries(ids.map((id, i) => [id, `Note ${i + 1} on ${id}: asked the provider by email, waiting for a reply. `.repeat(10).slice(0, noteLength).trim()]));
  const stamp = '2026-11-30T10:00:00.000Z';
  const state = { version: 1, activeId: 'full', evaluations: [{ id: 'full', name, answers, notes, created: stamp, updated: stamp }] };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(state)] as const);
  await page.reload();
  await expect(page.getByRole('heading', { name: `Checking: ${name}` })).toBeVisible();
  return ids;
}

async function copyShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Everything a local storage holds, to compare byte for byte. */
const storageOf = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

test('a share link changed by one character opens as the same checklist or says it is damaged, and saved data stays byte-identical', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await saveFullChecklist(page, 'Riverside Career Institute: Medical Billing');
  const link = await copyShareLink(page);
  const hash = link.slice(link.indexOf('#') + 1);
  expect(hash).toMatch(/^share=2\.[\w-]+\.[0-9a-f]{8}$/);

  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto('/checklist');
  await reader.getByLabel('Name of the program you are checking').fill('My own program');
  await question(reader, /Can you name the job or role/).getByRole('radio', { name: 'No', exact: true }).check();
  await expect(reader.getByRole('status').filter({ hasText: /^Saved\. 1 of \d+ answered\.$/ })).toHaveCount(1);
  const before = await storageOf(reader);

  // What the untouched link shows: every question's answer and note, as text.
  await reader.goto(link);
  await expect(reader.getByRole('heading', { name: 'Shared checklist: Riverside Career Institute: Medical Billing' })).toBeVisible();
  const shownText = () => reader.getByRole('group', { name: 'Checklist questions' }).innerText();
  const original = await shownText();

  // A sample across the link: the prefix, the version, the data and the checksum.
  const positions = [0, 3, 5, 6, 7, 8, 9, 20, 100, Math.floor(hash.length / 2), hash.length - 12, hash.length - 10, hash.length - 9, hash.length - 5, hash.length - 1];
  const substitutes = ['A', 'z', '0', '-', '_', '.', '='];
  let tried = 0;
  for (const at of positions) {
    for (const c of substitutes.filter((s) => s !== hash[at]).slice(0, 2)) {
      const changed = `${hash.slice(0, at)}${c}${hash.slice(at + 1)}`;
      await reader.goto(`/checklist#${changed}`);
      await reader.reload();
      const damaged = reader.getByRole('heading', { name: 'We could not open this shared checklist' });
      const same = reader.getByRole('heading', { name: 'Shared checklist: Riverside Career Institute: Medical Billing' });
      await expect(damaged.or(same), changed).toBeVisible();
      if (await same.isVisible()) expect(await shownText(), `${at}:${c}`).toBe(original);
      else await expect(reader.getByRole('heading', { name: 'Checking: My own program' })).toBeVisible();
      tried++;
    }
  }
  expect(tried).toBe(positions.length * 2);
  await expectNoAxeViolations(reader, 'damaged link');
  expect(await storageOf(reader)).toBe(before);
  await other.close();
});

test('a link made before the checksum existed still opens', async ({ page }) => {
  // Made by the version-1 encoder: {"n":"Old link program","a":{"job-named":"y"}}, deflate-raw, base64url.
  const json = JSON.stringify({ n: 'Old link program', a: { 'job-named': 'y' } });
  const fragment = await page.evaluate(async (text) => {
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return `share=1.${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  }, json);
  await page.goto(`/checklist#${fragment}`);
  await expect(page.getByRole('heading', { name: 'Shared checklist: Old link program' })).toBeVisible();
  await expect(question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
});

/** An 80-character name with no spaces, like a pasted web address. */
const UNBROKEN_NAME = `https://example.org/programs/${'a'.repeat(80)}`.slice(0, 80);

async function saveTwo(page: Page, names: [string, string]) {
  const ids = await checklistItemIds(page);
  const stamp = (n: number) => `2026-11-3${n}T10:00:00.000Z`;
  const notes = Object.fromEntries(ids.map((id) => [id, 'x'.repeat(100)]));
  const answers = Object.fromEntries(ids.map((id) => [id, 'no']));
  const evaluations = names.map((name, i) => ({ id: `e${i}`, name, answers, notes, created: stamp(i), updated: stamp(i) }));
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ version: 1, activeId: 'e0', evaluations })] as const);
}

for (const width of [320, 390, 1280]) {
  test(`at ${width} px an 80-character unbroken name and a 3,000-character query never make the page scroll sideways`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    await saveTwo(page, [UNBROKEN_NAME, `${UNBROKEN_NAME.slice(0, 79)}b`]);
    await page.reload();
    await expect(page.getByRole('heading', { name: `Checking: ${UNBROKEN_NAME}` })).toBeVisible();
    await expectNoSideScroll(page, 'checklist and summary');
    await page.emulateMedia({ media: 'print' });
    await expectNoSideScroll(page, 'print');
    await page.emulateMedia({ media: 'screen' });
    await page.goto('/checklist/compare');
    await expect(page.getByRole('heading', { name: 'What the answers add up to' })).toBeVisible();
    await expectNoSideScroll(page, 'compare');
    const query = 'microcredential'.repeat(200);
    await page.goto(`/search?q=${query}`);
    await expect(page.getByRole('status').filter({ hasText: 'No results for' })).toBeVisible();
    await expectNoSideScroll(page, 'search');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, `search with a long query, ${colorScheme}`);
    }
  });
}

/** How far a CSS colour is from grey: chroma in lab units (Chromium writes Tailwind's colours as lab or oklch). */
function colorfulness(color: string): number {
  const n = (color.match(/-?[\d.]+/g) ?? []).map(Number);
  if (color.startsWith('lab(')) return Math.hypot(n[1]!, n[2]!);
  if (color.startsWith('oklch(')) return n[1]! * 100;
  if (color.startsWith('rgb')) return Math.max(n[0]!, n[1]!, n[2]!) - Math.min(n[0]!, n[1]!, n[2]!);
  return Infinity;
}

test('a kind of question and a problem found have different words, and the progress bar is grey', async ({ page }) => {
  await page.goto('/checklist');
  const redFlag = question(page, /promise a big jump in pay/);
  const check = question(page, /Does that job exist where you live/);
  await expect(redFlag.getByText('Red-flag question', { exact: true })).toBeVisible();
  await expect(check.getByText('Question to check', { exact: true })).toBeVisible();
  await expect(page.getByText('Worth checking', { exact: false })).toHaveCount(0);
  await check.getByRole('radio', { name: 'No', exact: true }).check();
  await expect(check.getByText(/^Concern: /)).toBeVisible();
  await expect(page.getByRole('region', { name: /Your summary/ }).getByText(/^Concern: /)).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const part of [null, '::-webkit-progress-value']) {
      const color = await page.getByRole('progressbar').evaluate((el, pseudo) => getComputedStyle(el, pseudo).backgroundColor, part);
      expect(colorfulness(color), `${colorScheme} ${part ?? 'bar'}: ${color} is not grey`).toBeLessThan(5);
    }
  }
});

test('when the browser refuses to save, the status line and the notice both say it was not saved', async ({ page }) => {
  await page.goto('/checklist');
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(page.getByRole('alert')).toContainText('Your latest change could not be saved in this browser.');
  const status = page.getByRole('status').filter({ hasText: 'answered.' });
  await expect(status).toHaveText(/^Not saved in this browser\. 1 of \d+ answered\.$/);
  await expect(page.getByRole('status').filter({ hasText: /^Saved\./ })).toHaveCount(0);
});

test('the header search box says what it is for', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search the guide' });
  await expect(box).toHaveAttribute('placeholder', 'Search the guide');
});

const CORRUPT = '{"version":1,"evaluations":[{"broken';

test('compare says when it set unreadable saved data aside, and offers the same download as the checklist', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, CORRUPT] as const);
  await page.goto('/checklist/compare');
  await expect(page.getByRole('alert')).toContainText('could not be read, so we kept a copy aside');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the copy we kept' }).click()]);
  expect(download.suggestedFilename()).toBe('saved-checklists-kept-aside.txt');
  expect(readFileSync((await download.path())!, 'utf8')).toBe(CORRUPT);
  await expectNoAxeViolations(page, 'compare with set-aside notice');
  await page.getByRole('alert').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

/** Unreadable saved data, in a browser with no room left to set it aside. */
async function openWithNoRoomToSetAside(page: Page) {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, CORRUPT] as const);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.includes(':set-aside:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/checklist');
  await expect(page.getByRole('alert')).toContainText('this browser has no room to keep a copy aside');
  await expect(page.getByRole('alert')).not.toContainText('we kept a copy aside');
  await question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: 'answered.' })).toHaveText(/^Not saved in this browser\./);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(CORRUPT);
}

test('when there is no room to set unreadable data aside, it stays as it was until the reader downloads it', async ({ page }) => {
  await openWithNoRoomToSetAside(page);
  await expectNoAxeViolations(page, 'no room to set aside');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your saved checklists' }).click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(CORRUPT);
  await expect(page.getByRole('alert')).toContainText('Downloaded. Your next change will be saved here');
  await question(page, /Can you name the job or role/).getByRole('radio', { name: 'No', exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: 'answered.' })).toHaveText(/^Saved\./);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain('"job-named":"no"');
});

test('when there is no room to set unreadable data aside, the reader can choose to discard it', async ({ page }) => {
  await openWithNoRoomToSetAside(page);
  await page.getByRole('button', { name: 'Discard them' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain('"job-named":"yes"');
});

test('a name with a right-to-left override is isolated wherever it is shown', async ({ page }) => {
  const name = 'Acme \u202Etrofe';
  await saveTwo(page, [name, 'Other program']);
  await page.reload();
  for (const heading of [/^Checking: /, /^Your summary for /]) {
    await expect(page.getByRole('heading', { name: heading }).locator('bdi')).toHaveText(`\u2068${name}\u2069`);
  }
  await expect(page.getByTestId('print-handout').locator('h2 bdi')).toHaveText(`\u2068${name}\u2069`);
  await expect(page.getByLabel('Your saved checklists').getByRole('option').first()).toHaveText(`\u2068${name}\u2069`);
  await page.goto('/checklist/compare');
  await expect(page.locator('label[for="pick-e0"] bdi')).toHaveText(`\u2068${name}\u2069`);
  await expect(page.getByRole('region', { name: 'What the answers add up to' }).locator('bdi').first()).toHaveText(`\u2068${name}\u2069`);
});

test('program facts are checked, saved, shared, summed up with what they mean, printed and compared', async ({ page, browser, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/checklist');
  await page.getByLabel('Name of the program you are checking').fill('Evening coding boot camp');
  const price = page.getByLabel('Price in US dollars');
  await price.fill('about 3000');
  await expect(page.getByText('Error: Enter a whole number, like 2500')).toBeVisible();
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expect(price).toHaveAccessibleDescription('Error: Enter a whole number, like 2500');
  await price.fill('$3,450');
  await expect(page.getByText(/Enter a whole number/)).toHaveCount(0);
  await page.getByLabel('What the price includes').fill('books and the exam voucher');
  await page.getByLabel('Hours of instruction').fill('320');
  await page.getByLabel('Length in weeks').fill('12');
  await page.getByRole('group', { name: 'Format' }).getByLabel('Online', { exact: true }).check();
  await page.getByRole('group', { name: 'How you would pay' }).getByLabel('An income share agreement').check();
  await expectNoAxeViolations(page, 'facts filled in');

  const summary = page.getByRole('region', { name: 'Your summary for Evening coding boot camp' });
  await expect(summary.getByText('$3,450, including books and the exam voucher')).toBeVisible();
  await expect(summary.getByText(/Its length is inside the range a Workforce Pell Grant can pay for \(150 to 599 hours over 8 to 14 weeks\)/)).toBeVisible();
  await expect(summary.getByText(/An income share agreement is a loan/)).toBeVisible();
  await expect(summary.getByRole('link', { name: /^Read more: / }).first()).toHaveAttribute('href', /^\/guides\//);

  await page.reload();
  await expect(page.getByLabel('Price in US dollars')).toHaveValue('3450');
  await expect(page.getByRole('group', { name: 'How you would pay' }).getByLabel('An income share agreement')).toBeChecked();
  // The share link is made a moment after each change: wait for this one to reach it.
  const linkField = summary.getByRole('textbox', { name: 'Link to this checklist' });
  await expect(linkField).toHaveValue(/#share=2\./);
  const before = await linkField.inputValue();
  await page.getByLabel('Length in weeks').fill('20');
  await expect(summary.getByText(/Its length is outside the range/)).toBeVisible();
  await expect(linkField).not.toHaveValue(before);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-handout')).toContainText('$3,450, including books and the exam voucher');
  await expect(page.getByTestId('print-handout')).toContainText('20 weeks');
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Copy link' }).click();
  // Copying is asynchronous too: wait until the clipboard holds the link shown on the page.
  const link = await linkField.inputValue();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await expect(reader.getByRole('region', { name: 'Summary for Evening coding boot camp' }).getByText('$3,450, including books and the exam voucher')).toBeVisible();
  await reader.getByRole('button', { name: 'Save as my copy' }).click();
  await expect(reader.getByLabel('Hours of instruction')).toHaveValue('320');
  await other.close();

  await page.getByRole('button', { name: 'Start a new checklist' }).click();
  await page.getByLabel('Name of the program you are checking').fill('Community college certificate');
  await page.getByLabel('Price in US dollars').fill('1200');
  await page.goto('/checklist/compare');
  const facts = page.getByRole('region', { name: 'Program facts' });
  await expect(facts.getByRole('heading', { name: 'Price' })).toBeVisible();
  await expect(facts).toContainText('$3,450, including books and the exam voucher');
  await expect(facts).toContainText('$1,200');
  await expect(facts).toContainText('Not given');
  await expectNoAxeViolations(page, 'compare with facts');
});

test('the share link is shown near the top of the summary, can be emailed, and the handout prints it with a QR code and the questions to ask', async ({ page }) => {
  await page.goto('/checklist');
  await page.getByLabel('Name of the program you are checking').fill('Acme Data Boot Camp');
  const field = page.getByRole('region', { name: 'Your summary for Acme Data Boot Camp' }).getByRole('textbox', { name: 'Link to this checklist' });
  await expect(field).toHaveValue(/\/checklist#share=2\.[\w-]+\.[0-9a-f]{8}$/);
  await expect(field).toHaveAttribute('readonly', '');
  // The link is made after each answer, a moment later: wait for each answer to change it.
  let shown = await field.inputValue();
  for (const [asked, answer] of [[/promise a big jump in pay/, 'Yes, it promises that'], [/Does that job exist where you live/, 'Not sure']] as const) {
    await question(page, asked).getByRole('radio', { name: answer, exact: answer === 'Not sure' }).check();
    await expect(field).not.toHaveValue(shown);
    shown = await field.inputValue();
  }
  const url = shown;
  const email = page.getByRole('link', { name: 'Email this checklist' });
  await expect(email).toHaveAttribute('href', `mailto:?subject=${encodeURIComponent('Checklist: Acme Data Boot Camp')}&body=${encodeURIComponent(url)}`);
  await expectNoAxeViolations(page, 'share link shown');

  await page.emulateMedia({ media: 'print' });
  const handout = page.getByTestId('print-handout');
  await expect(handout.getByTestId('handout-link')).toHaveText(url);
  expect(await readQr(await handout.getByTestId('handout-qr').evaluate((el) => el.outerHTML))).toBe(url);
  await expect(handout.getByRole('heading', { name: 'Questions to ask the provider' })).toBeVisible();
  const asks = handout.getByRole('listitem').filter({ hasText: 'Does the provider promise a big jump in pay' });
  await expect(asks.first()).toBeVisible();
  await expect(handout.getByRole('listitem').filter({ hasText: 'Does that job exist where you live' }).first()).toBeVisible();

  // The link opens what was printed.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Shared checklist: Acme Data Boot Camp' })).toBeVisible();
});

test('compare prints, shares a link that opens the same comparison, and links each name back to its checklist', async ({ page, browser }) => {
  await saveTwo(page, ['Acme boot camp', 'County college certificate']);
  await page.goto('/checklist/compare');
  const field = page.getByRole('textbox', { name: 'Link to this comparison' });
  await expect(field).toHaveValue(/\/checklist\/compare#compare=2\.[\w-]+\.[0-9a-f]{8}$/);
  const url = await field.inputValue();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'What the answers add up to' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Choose two or three programs to compare' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(url);
  await expect(reader.getByRole('heading', { name: 'Shared comparison' })).toBeVisible();
  const verdicts = reader.getByRole('region', { name: 'What the answers add up to' });
  await expect(verdicts.getByRole('link', { name: 'Acme boot camp' })).toBeVisible();
  await expectNoAxeViolations(reader, 'shared comparison');
  expect(await reader.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  await verdicts.getByRole('link', { name: 'County college certificate' }).click();
  await expect(reader.getByRole('heading', { name: 'Shared checklist: County college certificate' })).toBeVisible();
  await reader.goto(url.replace(/.$/, (c) => (c === '0' ? '1' : '0')));
  await reader.reload();
  await expect(reader.getByRole('heading', { name: 'We could not open this shared comparison' })).toBeVisible();
  await other.close();

  await page.getByRole('region', { name: 'What the answers add up to' }).getByRole('link', { name: 'County college certificate' }).click();
  await expect(page.getByRole('heading', { name: 'Checking: County college certificate' })).toBeVisible();
  await expect(page).toHaveURL(/\/checklist$/);
});

test('without JavaScript, the printed blank form marks the worrying answer of each question', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto('/checklist');
  const handout = page.getByTestId('print-handout');
  await expect(handout).toBeVisible();
  await expect(handout).toContainText('An answer marked “worrying” is a warning sign.');
  const row = (text: string) => handout.locator('div').filter({ has: page.locator('dt', { hasText: text }) }).last();
  await expect(row('Does the provider promise a big jump in pay').locator('dd')).toHaveText(/☐ Yes, it promises that \(worrying\)\s*☐ No, it does not\s*☐ Not sure$/);
  await expect(row('Can you name the job or role').locator('dd')).toHaveText(/☐ Yes\s*☐ No \(worrying\)\s*☐ Not sure$/);
  await expect(row('Does the provider promise a big jump in pay').locator('dt')).toContainText('(red-flag question)');
  const marks = await handout.getByText('(worrying)').count();
  const questions = await handout.locator('dt').count();
  expect(marks).toBe(questions);
  await context.close();
});

test('an overview gives each section a status and links to the next unanswered question', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/checklist');
  const overview = page.getByRole('navigation', { name: 'Sections' });
  const first = overview.getByRole('listitem').first();
  await expect(first).toContainText('Not started');
  await question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(first).toContainText('In progress');
  await expect(first.getByRole('link')).toHaveAccessibleDescription('In progress');
  await overview.getByRole('link', { name: 'Go to the next unanswered question' }).click();
  await expect(page).toHaveURL(/#item-job-exists-locally$/);
  await expectNoAxeViolations(page, 'section overview');
});
