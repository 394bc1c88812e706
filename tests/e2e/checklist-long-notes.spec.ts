import { expect, test, type Locator, type Page } from '@playwright/test';
import { prng } from '../unit/helpers/full-checklist';
import { readQr } from './qr';
import { checklistItemIds, expectNoAxeViolations, question, STORAGE_KEY } from './site';

const NOTE_MAX = 500;
const NAME = 'Riverside Career Institute: Medical Billing & Coding Certificate, Evening Cohort';

const WORDS = 'the provider said "we will email you" about the refund table & exam fee but nothing came yet so I called again on Thursday'.split(' ');

/**
 * A different note of exactly NOTE_MAX characters for each question, in the kinds of text that
 * make links long: prose with quotes, Chinese (3 bytes a character) and emoji (2 code units
 * each), picked at random so they do not compress away.
 */
function noteFor(i: number): string {
  const random = prng(i + 1);
  const pick = (from: number, to: number) => from + Math.floor(random() * (to - from));
  const kinds = [
    () => `${WORDS[pick(0, WORDS.length)]} `,
    () => String.fromCharCode(pick(0x4e00, 0x9fff)),
    () => String.fromCodePoint(pick(0x1f300, 0x1f64f)),
  ];
  let text = `Question ${i + 1}: `;
  while (text.length < NOTE_MAX) {
    const kind = kinds[pick(0, kinds.length)]!;
    for (let n = pick(3, 12); n > 0 && text.length < NOTE_MAX; n--) text += kind();
  }
  text = text.slice(0, NOTE_MAX);
  // Never end on half an emoji, or on a space (links trim them).
  if (/[\ud800-\udbff]$|\s$/.test(text)) text = `${text.slice(0, -1)}x`;
  return text;
}

/** The checklist's questions, each a group named by its number and question. */
const questionsOf = (page: Page) => page.getByRole('group', { name: /^\d+\. / });

/** Everything a local storage holds, to compare byte for byte. */
const storageOf = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

/** What a shared checklist shows for each question: its answer in words and its note, if any. */
async function shownAnswers(questions: Locator) {
  return questions.evaluateAll((groups) =>
    groups.map((g) => {
      const texts = [...g.querySelectorAll('p')].map((p) => p.textContent ?? '');
      return { answer: texts.find((t) => t.startsWith('Answer: ')), note: texts.find((t) => t.startsWith('Note: '))?.slice('Note: '.length) };
    }),
  );
}

test('a checklist noted to 500 characters on every question opens from its link exactly as filled in, and its handout code opens too', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/checklist');
  await page.getByLabel('Name of the program you are checking').fill(NAME);
  await page.getByLabel('Price in US dollars').fill('3450');
  await page.getByLabel('What the price includes').fill('books, the exam voucher and a laptop on loan');
  await page.getByLabel('Hours of instruction').fill('320');
  await page.getByLabel('Length in weeks').fill('16');
  await page.getByRole('group', { name: 'Format' }).getByLabel('Online', { exact: true }).check();
  await page.getByRole('group', { name: 'How you would pay' }).getByLabel('Savings').check();

  const questions = questionsOf(page);
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(20);
  const expected: { answer: string; note: string }[] = [];
  for (let i = 0; i < count; i++) {
    const q = questions.nth(i);
    const radio = q.getByRole('radio').nth(i % 3);
    await radio.check();
    const label = await radio.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    const note = noteFor(i);
    expect(note).toHaveLength(NOTE_MAX);
    const box = q.getByLabel('Your notes (optional)');
    await box.fill(note);
    await expect(box).toHaveValue(note);
    expected.push({ answer: `Answer: ${label}`, note });
  }
  await expect(questions.last().getByLabel('Your notes (optional)')).toHaveAccessibleDescription('You have 0 characters left.');

  // The link is made a moment after the last change; Copy link makes it afresh.
  const field = page.getByRole('textbox', { name: 'Link to this checklist' });
  await expect(field).toHaveValue(/#share=2\.[\w-]+\.[0-9a-f]{8}$/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/checklist#share=2\.[\w-]+\.[0-9a-f]{8}$/);
  expect(link.length).toBeGreaterThan(10_000);
  await expect(field).toHaveValue(link);
  await expect(page.getByText('This checklist is too long to fit in a link')).toHaveCount(0);

  // The email holds the link without the notes, and both the email and the page say so.
  const email = page.getByRole('link', { name: 'Email this checklist' });
  const href = (await email.getAttribute('href')) ?? '';
  expect(href.length).toBeLessThanOrEqual(2000);
  const body = new URL(href).searchParams.get('body') ?? '';
  expect(body).toContain('not the notes');
  const mailed = body.split('\n')[0] ?? '';
  expect(mailed).toMatch(/\/checklist#share=2\.[\w-]+\.[0-9a-f]{8}$/);
  await expect(email).toHaveAccessibleDescription(/The email leaves out the notes/);
  await expectNoAxeViolations(page, 'fully noted checklist');

  // The handout prints every note, and a code and a link that leave the notes out, saying so.
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByTestId('print-handout');
  await expect(handout).toContainText(expected[0]!.note);
  await expect(handout).toContainText(expected[count - 1]!.note);
  await expect(handout.getByTestId('handout-link-note')).toHaveText(/hold the answers and facts, but not the notes.*The notes are printed on this page\./s);
  const printedLink = (await handout.getByTestId('handout-link').textContent()) ?? '';
  expect(printedLink).toMatch(/\/checklist#share=2\.[\w-]+\.[0-9a-f]{8}$/);
  expect(printedLink.length).toBeLessThan(1200);
  expect(await readQr(await handout.getByTestId('handout-qr').evaluate((el) => el.outerHTML))).toBe(printedLink);
  await page.emulateMedia({ media: 'screen' });

  // Someone else, with a checklist of their own, opens the link.
  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto('/checklist');
  await reader.getByLabel('Name of the program you are checking').fill('My own program');
  await question(reader, /Can you name the job or role/).getByRole('radio', { name: 'No', exact: true }).check();
  await reader.getByLabel('Your notes (optional)').first().fill('My own note.');
  await expect.poll(() => storageOf(reader)).toContain('My own note.');
  const before = await storageOf(reader);

  await reader.goto(link);
  await expect(reader.getByRole('heading', { name: `Shared checklist: ${NAME}` })).toBeVisible();
  const summary = reader.getByRole('region', { name: `Summary for ${NAME}` });
  await expect(summary.getByText('$3,450, including books, the exam voucher and a laptop on loan')).toBeVisible();
  expect(await shownAnswers(questionsOf(reader))).toEqual(expected);
  // The reader's link is the very same link.
  await expect(reader.getByRole('textbox', { name: 'Link to this checklist' })).toHaveValue(link);
  await expectNoAxeViolations(reader, 'fully noted shared checklist');
  expect(await storageOf(reader)).toBe(before);

  // The code on paper opens the same answers and facts, without the notes.
  await reader.goto(printedLink);
  await reader.reload();
  await expect(reader.getByRole('heading', { name: `Shared checklist: ${NAME}` })).toBeVisible();
  await expect(reader.getByRole('region', { name: `Summary for ${NAME}` }).getByText('$3,450, including books, the exam voucher and a laptop on loan')).toBeVisible();
  expect(await shownAnswers(questionsOf(reader))).toEqual(expected.map(({ answer }) => ({ answer, note: undefined })));
  // The email holds that same link.
  expect(mailed).toBe(printedLink);
  await reader.getByRole('button', { name: 'Back to my checklists' }).click();
  await expect(reader.getByRole('heading', { name: 'Checking: My own program' })).toBeVisible();
  expect(await storageOf(reader)).toBe(before);
  await other.close();
});

test('a comparison of three checklists, each noted to 500 characters on every question, opens from its link with every note', async ({ page, browser }) => {
  const ids = await checklistItemIds(page);
  const names = ['Acme boot camp', 'County college certificate', 'Online coding academy'];
  const evaluations = names.map((name, p) => ({
    id: `e${p}`,
    name,
    answers: Object.fromEntries(ids.map((id, i) => [id, (['yes', 'no', 'unsure'] as const)[(i + p) % 3]])),
    notes: Object.fromEntries(ids.map((id, i) => [id, noteFor(i + 100 * p)])),
    created: `2026-11-2${p}T10:00:00.000Z`,
    updated: `2026-11-2${p}T10:00:00.000Z`,
  }));
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ version: 1, activeId: 'e0', evaluations })] as const);
  await page.goto('/checklist/compare');
  const field = page.getByRole('textbox', { name: 'Link to this comparison' });
  await expect(field).toHaveValue(/\/checklist\/compare#compare=2\.[\w-]+\.[0-9a-f]{8}$/);
  const url = await field.inputValue();
  expect(url.length).toBeGreaterThan(30_000);

  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(url);
  await expect(reader.getByRole('heading', { name: 'Shared comparison' })).toBeVisible();
  const shown = await reader.locator('dd').filter({ hasText: /^Note: / }).allTextContents();
  expect(shown.sort()).toEqual(evaluations.flatMap((e) => Object.values(e.notes).map((n) => `Note: ${n}`)).sort());
  expect(await reader.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  await other.close();
});
