import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, question, STORAGE_KEY, watchViolations } from './site';


/** Script errors and console errors the page reports from now on. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  return errors;
}

/** Copies the checklist's share link as a reader would, and reads it back from the clipboard. */
async function copyShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function startChecklist(page: Page, name: string) {
  await page.goto('/checklist');
  // Ready once the saved checklists are read: from then on each change is saved at once.
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled();
  await page.getByLabel('Name of the program you are checking').fill(name);
}

test('every question is in the page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/checklist');
  const groups = page.getByRole('group');
  expect(await groups.count()).toBeGreaterThanOrEqual(15);
  await expect(question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes' })).toBeVisible();
  await expect(page.getByText('A program can only be judged against a goal.')).toBeVisible();
  // The questions are a plain form: they can be answered and sent (checklist-no-js.spec.ts), and the page says what sending does.
  await expect(question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true })).toBeEnabled();
  await expect(page.getByText(/JavaScript is off. You can still answer the questions below/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'See my summary' })).toBeVisible();
  await context.close();
});

test('without JavaScript, compare, search and an article say what needs it or how they work, and claim nothing untrue', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/checklist/compare');
  await expect(page.getByText(/the page needs JavaScript to read and compare them/)).toBeVisible();
  await expect(page.getByText(/You need at least two saved checklists/)).toHaveCount(0);
  // Search works without it: the form's results come from the server (tests/e2e/search-no-js.spec.ts).
  await page.goto('/search?q=red+flags');
  await expect(page.getByText(/The results open on a page of their own/)).toBeVisible();
  await expect(page.getByText('Loading search…')).toHaveCount(0);
  await page.goto('/guides/red-flags');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeDisabled();
  await expect(page.getByText(/copy its address from your browser/)).toBeVisible();
  await context.close();
});

test('a reader names a program, answers, reloads, and finds everything kept', async ({ page }) => {
  await startChecklist(page, 'Acme Data Boot Camp');
  await question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true }).check();
  await question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' }).check();
  await question(page, /Does that job exist where you live/).getByRole('radio', { name: 'Not sure', exact: true }).check();
  await page.getByLabel('Your notes (optional)').first().fill('Data analyst at a hospital');
  await expect(page.getByRole('progressbar', { name: '3 of 24 questions answered' })).toHaveAttribute('value', '3');
  await expect(page.getByRole('status').filter({ hasText: 'Saved. 3 of 24 answered.' })).toBeAttached();

  await page.reload();
  await expect(page.getByLabel('Name of the program you are checking')).toHaveValue('Acme Data Boot Camp');
  await expect(question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' })).toBeChecked();
  await expect(page.getByLabel('Your notes (optional)').first()).toHaveValue('Data analyst at a hospital');
  await expect(page.getByRole('progressbar', { name: '3 of 24 questions answered' })).toHaveAttribute('value', '3');

  const summary = page.getByRole('region', { name: 'Your summary for Acme Data Boot Camp' });
  await expect(summary.getByRole('heading', { name: 'Serious warning signs' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: 'Worrying answers (1)' })).toBeVisible();
  await expect(summary).toContainText('Red flag: Does the provider promise a big jump in pay');
  await expect(summary.getByRole('heading', { name: /Questions still open/ })).toBeVisible();
  await expectNoAxeViolations(page, 'answered checklist with summary');
});

test('a copied link opens the same evaluation in another browser, which can save a copy', async ({ page, browser, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await startChecklist(page, 'Evening IT certificate');
  await question(page, /Did an employer help design/).getByRole('radio', { name: 'No', exact: true }).check();
  await question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByLabel('Your notes (optional)').nth(4).fill('Asked twice; no names given');
  const link = await copyShareLink(page);
  expect(link).toMatch(/\/checklist#share=2\.[\w-]+\.[0-9a-f]{8}$/);
  expect(link.length).toBeLessThan(2000);

  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await expect(reader.getByRole('heading', { name: 'Shared checklist: Evening IT certificate' })).toBeVisible();
  await expect(question(reader, /Did an employer help design/).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(question(reader, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(question(reader, /Did an employer help design/).getByText('Note: Asked twice; no names given')).toBeVisible();
  // Nothing to type in: the one text box is the link itself, read-only.
  await expect(reader.getByRole('textbox')).toHaveCount(1);
  await expect(reader.getByRole('textbox', { name: 'Link to this checklist' })).toHaveAttribute('readonly', '');
  // The chosen answer is said in words too: a disabled radio's dot is hard to see.
  await expect(question(reader, /Did an employer help design/).getByText('Answer: No', { exact: true })).toBeVisible();
  await expect(question(reader, /Does that job exist where you live/).getByText('Answer: Not answered', { exact: true })).toBeVisible();
  await expectNoAxeViolations(reader, 'shared view');
  expect(await reader.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  // The visitor has no checklists of their own: nothing speaks as if this one were theirs.
  await expect(reader.getByRole('region', { name: 'Summary for Evening IT certificate' })).toBeVisible();
  // Advice to share it is for whoever filled it in; this reader may be the person it was sent to.
  await expect(reader.getByRole('region', { name: 'Summary for Evening IT certificate' })).not.toContainText('Share this checklist with someone you trust');
  await expect(reader.getByRole('button', { name: 'Start my own checklist' })).toBeVisible();

  await reader.getByRole('button', { name: 'Save as my copy' }).click();
  await expect(reader.getByRole('heading', { name: 'Checking: Evening IT certificate' })).toBeVisible();
  await expect(reader).toHaveURL(/\/checklist$/);
  await reader.reload();
  await expect(reader.getByLabel('Name of the program you are checking')).toHaveValue('Evening IT certificate');
  await expect(question(reader, /Did an employer help design/).getByRole('radio', { name: 'No', exact: true })).toBeChecked();

  // Saving the same link again shows the copy already saved instead of making a second.
  await reader.goto(link);
  await reader.getByRole('button', { name: 'Save as my copy' }).click();
  await expect(reader.getByRole('status').filter({ hasText: 'You already saved a copy of this checklist: Evening IT certificate. It is shown now.' })).toBeAttached();
  await expect(reader.getByLabel('Your saved checklists').getByRole('option')).toHaveText(['Evening IT certificate']);
  await other.close();
});

test('links within a shared checklist keep it on screen, over the reader\'s own', async ({ page, browser, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await startChecklist(page, 'Shared program');
  await question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' }).check();
  const link = await copyShareLink(page);

  const other = await browser.newContext();
  const reader = await other.newPage();
  await startChecklist(reader, 'My own program');
  await question(reader, /promise a big jump in pay/).getByRole('radio', { name: 'No, it does not' }).check();
  await reader.goto(link);
  await expect(reader.getByRole('heading', { name: 'Shared checklist: Shared program' })).toBeVisible();
  await reader.getByRole('link', { name: 'Jump to the summary' }).click();
  await expect(reader).toHaveURL(/#summary$/);
  await expect(reader.getByRole('heading', { name: 'Shared checklist: Shared program' })).toBeVisible();
  await expect(question(reader, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' })).toBeChecked();
  await reader.getByRole('button', { name: 'Back to my checklists' }).click();
  await expect(reader.getByRole('heading', { name: 'Checking: My own program' })).toBeVisible();
  await other.close();
});

test('if the checklist\'s script cannot load, the page says so instead of staying greyed out', async ({ page }) => {
  await page.route('**/_next/static/islands/**', (route) => route.abort());
  const note = page.getByText('This part of the page did not load, so it will not work.');
  await page.goto('/checklist');
  await expect(note).toBeVisible();
  await page.unroute('**/_next/static/islands/**');
  await page.reload();
  await expect(question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes' })).toBeEnabled();
  await expect(note).toBeHidden();
});

test('tampered, truncated, oversized and old links show a message and leave saved data alone', async ({ page }) => {
  await startChecklist(page, 'My saved program');
  await question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true }).check();
  const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  expect(before).toContain('My saved program');

  const bad = [
    'share=1.not-really-base64!!',
    'share=1.AAAA',
    // Longer than any checklist the page can make, notes and all (MAX_FRAGMENT).
    `share=1.${'A'.repeat(130_000)}`,
    'share=9.q1YqzStRsgJiHaWSzLyU1CIlq2gA',
    'share=',
    'shar=1.q1YqzStRsgJiHaWSzLyU1CIlq2gA',
    'share=1.%7B%22__proto__%22%3A%7B%22polluted%22%3A1%7D%7D',
  ];
  for (const fragment of bad) {
    await page.goto(`/checklist#${fragment}`);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'We could not open this shared checklist' }), fragment).toBeVisible();
    await expect(page.getByText('Your own saved checklists have not been changed.')).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Checking: My saved program/ })).toBeVisible();
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  }
  await expectNoAxeViolations(page, 'bad link message');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
});

test('corrupt saved data is set aside with a message, and the checklist still works', async ({ page }) => {
  // Write the corrupt data from another page, so the checklist reads it only on its first load.
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"evaluations":[{"broken'), STORAGE_KEY);
  await page.goto('/checklist');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read, so we kept a copy aside' })).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':set-aside:')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual(['{"version":1,"evaluations":[{"broken']);
  await expectNoAxeViolations(page, 'set-aside notice');
  // The reader can take the copy with them, exactly as it was saved, under the site's policy.
  const policyErrors = watchViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the copy we kept' }).click()]);
  expect(download.suggestedFilename()).toBe('saved-checklists-kept-aside.txt');
  expect(readFileSync((await download.path())!, 'utf8')).toBe('{"version":1,"evaluations":[{"broken');
  await page.getByRole('alert').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('button', { name: 'Download the copy we kept' })).toHaveCount(0);
  expect(policyErrors).toEqual([]);
  await question(page, /Can you name the job or role/).getByRole('radio', { name: 'No', exact: true }).check();
  await page.reload();
  await expect(question(page, /Can you name the job or role/).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
});

test('a note or name that reaches its limit says so, instead of stopping without a word', async ({ page }) => {
  await page.goto('/checklist');
  const note = page.getByLabel('Your notes (optional)').first();
  await expect(note).toHaveAccessibleDescription('Up to 500 characters.');
  await note.fill('x'.repeat(650));
  await expect(note).toHaveValue('x'.repeat(500));
  await expect(note).toHaveAccessibleDescription('You have 0 characters left.');
  await note.fill('x'.repeat(485));
  await expect(note).toHaveAccessibleDescription('You have 15 characters left.');
  await note.fill('x'.repeat(399));
  await expect(note).toHaveAccessibleDescription('Up to 500 characters.');
  const name = page.getByLabel('Name of the program you are checking');
  await name.fill('n'.repeat(79));
  await expect(name).toHaveAccessibleDescription('For example, the provider and the course title. You have 1 character left.');
});

test('checklists with the same name are told apart, and cancelling a delete keeps focus on Delete', async ({ page }) => {
  await page.goto('/checklist');
  await question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('button', { name: 'Start a new checklist' }).click();
  await question(page, /Can you name the job or role/).getByRole('radio', { name: 'No', exact: true }).check();
  const picker = page.getByLabel('Your saved checklists');
  await expect(picker.getByRole('option')).toHaveText(['Unnamed program', 'Unnamed program (2)']);
  await expect(page.getByRole('heading', { name: 'Checking: Unnamed program (2)' })).toBeVisible();

  const remove = page.getByRole('button', { name: 'Delete this checklist' });
  await remove.click();
  await expect(page.getByText('Delete the checklist for Unnamed program (2)? This cannot be undone.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(remove).toBeFocused();
  await remove.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Yes, delete it' })).toHaveCount(0);
  await expect(remove).toBeFocused();
  // Opening another checklist closes the question rather than aim it at the one now open.
  await remove.click();
  await picker.selectOption({ label: 'Unnamed program' });
  await expect(page.getByRole('heading', { name: 'Checking: Unnamed program', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes, delete it' })).toHaveCount(0);
  // Nor does it come back with that checklist, taking focus out of the list.
  await picker.focus();
  await picker.selectOption({ label: 'Unnamed program (2)' });
  await expect(page.getByRole('heading', { name: 'Checking: Unnamed program (2)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes, delete it' })).toHaveCount(0);
  await expect(picker).toBeFocused();

  await page.getByRole('link', { name: 'Compare programs' }).click();
  await expect(page.getByLabel('Unnamed program', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Unnamed program (2)')).toBeChecked();
  await expect(page.getByRole('heading', { name: /Can you name the job or role/ }).locator('..')).toContainText('Unnamed program (2)');
});

test('several programs: switch, rename, delete, and compare two side by side', async ({ page }) => {
  await startChecklist(page, 'Program A');
  await question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' }).check();
  const picker = page.getByLabel('Your saved checklists');
  await page.getByRole('button', { name: 'Start a new checklist' }).click();
  await expect(page.getByLabel('Name of the program you are checking')).toBeFocused();
  // A new checklist is saved with its first change, so starting two adds nothing yet.
  await page.getByRole('button', { name: 'Start a new checklist' }).click();
  await expect(picker.getByRole('option')).toHaveText(['New checklist (not saved yet)', 'Program A']);
  await page.getByLabel('Name of the program you are checking').fill('Program B');
  await expect(picker.getByRole('option')).toHaveText(['Program A', 'Program B']);
  await question(page, /promise a big jump in pay/).getByRole('radio', { name: 'No, it does not' }).check();

  await picker.focus();
  await picker.selectOption({ label: 'Program A' });
  await expect(page.getByRole('heading', { name: 'Checking: Program A' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing the checklist for Program A.' })).toBeAttached();
  // Focus stays on the list, so a keyboard user can arrow through the programs.
  await expect(picker).toBeFocused();
  await expect(question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' })).toBeChecked();
  await page.getByLabel('Name of the program you are checking').fill('Program A (renamed)');
  await expect(picker.getByRole('option', { name: 'Program A (renamed)' })).toBeAttached();

  await page.getByRole('link', { name: 'Compare programs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare programs');
  const card = page.getByRole('heading', { name: /promise a big jump in pay/ }).locator('..');
  await expect(card).toContainText('Program A (renamed)');
  await expect(card).toContainText('Yes, it promises that — red flag');
  await expect(card).toContainText('Program B');
  await expect(page.getByRole('region', { name: 'What the answers add up to' })).toContainText('Serious warning signs');
  await expectNoAxeViolations(page, 'compare');
  await page.setViewportSize({ width: 375, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/checklist');
  await page.getByLabel('Name of the program you are checking').fill('Program A (renamed) with a long name, evening cohort 2027');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'a long name must not widen the page').toBeLessThanOrEqual(0);
  await page.getByLabel('Name of the program you are checking').fill('Program A (renamed)');
  await picker.selectOption({ label: 'Program B' });
  await page.getByRole('button', { name: 'Delete this checklist' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(picker.getByRole('option', { name: 'Program B' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Checking: Program A (renamed)' })).toBeVisible();
});

test('on a browser with a share sheet the checklist hydrates cleanly and offers Share…', async ({ page }) => {
  const errors = pageErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: () => Promise.resolve(), configurable: true });
  });
  await startChecklist(page, 'Program with a share sheet');
  await expect(page.getByRole('button', { name: 'Share…' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('answers made in one tab show up in another', async ({ page }) => {
  await startChecklist(page, 'Two tabs');
  const second = await page.context().newPage();
  await second.goto('/checklist');
  await question(page, /Can you name the job or role/).getByRole('radio', { name: 'Not sure', exact: true }).check();
  await expect(question(second, /Can you name the job or role/).getByRole('radio', { name: 'Not sure', exact: true })).toBeChecked();
  await expect(second.getByLabel('Name of the program you are checking')).toHaveValue('Two tabs');
});

test('switching programs in one tab leaves another tab, and what is typed there, on its own program', async ({ page }) => {
  await startChecklist(page, 'Program X');
  await page.getByRole('button', { name: 'Start a new checklist' }).click();
  await page.getByLabel('Name of the program you are checking').fill('Program Y');
  await page.getByLabel('Your saved checklists').selectOption({ label: 'Program X' });
  const second = await page.context().newPage();
  await second.goto('/checklist');
  await expect(second.getByRole('heading', { name: 'Checking: Program X' })).toBeVisible();

  await page.getByLabel('Your saved checklists').selectOption({ label: 'Program Y' });
  await expect(page.getByRole('heading', { name: 'Checking: Program Y' })).toBeVisible();
  await second.getByLabel('Your notes (optional)').first().fill('Note meant for X');
  await expect(second.getByRole('heading', { name: 'Checking: Program X' })).toBeVisible();
  const saved = await second.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORAGE_KEY);
  const notes = Object.fromEntries(saved.evaluations.map((e: { name: string; notes: Record<string, string> }) => [e.name, Object.values(e.notes)]));
  expect(notes).toEqual({ 'Program X': ['Note meant for X'], 'Program Y': [] });
});

test('deleting in one tab the checklist another tab shows tells that tab, and its next answer starts a new one', async ({ page }) => {
  // The tab that is told made a checklist of its own first: its answer must not land in that one.
  const second = await page.context().newPage();
  await second.goto('/checklist');
  await startChecklist(page, 'Program X');
  await second.getByRole('button', { name: 'Start a new checklist' }).click();
  await second.getByLabel('Name of the program you are checking').fill('Program Y');
  await question(second, /Did an employer help design/).getByRole('radio', { name: 'No', exact: true }).check();
  await second.getByLabel('Your saved checklists').selectOption({ label: 'Program X' });
  await expect(second.getByRole('heading', { name: 'Checking: Program X' })).toBeVisible();

  await page.reload();
  await page.getByLabel('Your saved checklists').selectOption({ label: 'Program X' });
  await page.getByRole('button', { name: 'Delete this checklist' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();

  await expect(second.getByRole('alert').filter({ hasText: 'The checklist you had open here was deleted in another tab.' })).toBeVisible();
  await expect(second.getByRole('heading', { name: 'Checking: Unnamed program' })).toBeVisible();
  await question(second, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true }).check();
  const saved = await second.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORAGE_KEY);
  const answered = Object.fromEntries(saved.evaluations.map((e: { name: string; answers: Record<string, string> }) => [e.name, Object.keys(e.answers)]));
  expect(answered).toEqual({ 'Program Y': ['employer-helped-design'], '': ['job-named'] });
});

test('printing gives a clean handout without the site navigation', async ({ page, baseURL }) => {
  await startChecklist(page, 'Printable program');
  await question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' }).check();
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByTestId('print-handout');
  await expect(handout).toBeVisible();
  await expect(handout).toContainText('Pre-enrollment checklist: Printable program');
  await expect(handout).toContainText(`From the Microcredential Guide checklist at ${baseURL}/checklist`);
  await expect(handout).toContainText('Red flag: Does the provider promise a big jump in pay');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Checklist questions' })).toBeHidden();
  // Questions not answered yet print with boxes to tick, for finishing on paper.
  await expect(handout.getByRole('definition').filter({ hasText: /^☐ .+☐ .+☐ Not sure$/ })).toHaveCount(23);
  await expect(handout.getByRole('definition').filter({ hasText: /^Yes, it promises that$/ })).toHaveCount(1);
});

test('printed without JavaScript, the checklist is a blank form to fill in on paper', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/checklist');
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByTestId('print-handout');
  await expect(handout).toContainText('Tick one answer for each question, and write down what you found out.');
  await expect(handout).not.toContainText('Not started');
  await expect(handout.getByRole('heading', { name: 'Pre-enrollment checklist: ____________________' })).toBeVisible();
  await expect(handout.getByRole('definition').filter({ hasText: /^☐ .+☐ .+☐ Not sure$/ })).toHaveCount(24);
  await expect(page.getByText(/JavaScript is off/)).toBeHidden();
  await context.close();
});

test('the checklist can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/checklist');
  const name = page.getByLabel('Name of the program you are checking');
  for (let i = 0; i < 20 && !(await name.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(name).toBeFocused();
  await page.keyboard.type('Keyboard program');
  // Tab through to the first question's radios and choose with the arrow keys.
  const first = question(page, /Can you name the job or role/);
  // Past the section overview and the program facts.
  for (let i = 0; i < 60 && !(await first.getByRole('radio', { name: 'Yes', exact: true }).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first.getByRole('radio', { name: 'Yes', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(first.getByLabel('Your notes (optional)')).toBeFocused();
  await page.keyboard.type('Typed without a mouse');
  await page.reload();
  await expect(first.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(first.getByLabel('Your notes (optional)')).toHaveValue('Typed without a mouse');
});

test('the empty checklist and its summary pass axe in dark mode too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/checklist');
  await expect(page.getByRole('heading', { name: 'Not started' })).toBeVisible();
  await expectNoAxeViolations(page, 'empty, dark');
  await question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' }).check();
  await question(page, /Did an employer help design/).getByRole('radio', { name: 'No', exact: true }).check();
  await expectNoAxeViolations(page, 'answered, dark');
});

test('articles link to the checklist questions they explain', async ({ page }) => {
  await page.goto('/guides/red-flags');
  const box = page.getByRole('region', { name: 'Check this for your program' });
  await box.getByRole('link', { name: /promise a big jump in pay/ }).click();
  await expect(page).toHaveURL(/\/checklist#item-big-promises$/);
  await expect(question(page, /promise a big jump in pay/)).toBeInViewport();
});

test('questions a tool helps answer link to it, on screen only', async ({ page }) => {
  await page.goto('/checklist');
  const promises = question(page, /promise a big jump in pay/);
  await expect(promises.getByRole('link', { name: 'Check the program’s ad for this' })).toBeVisible();
  await expect(question(page, /Did an employer help design/).getByRole('link', { name: /Check the program’s ad|Count what job ads ask for/ })).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-handout')).not.toContainText('Check the program’s ad for this');
  await expect(page.getByRole('link', { name: 'Check the program’s ad for this' })).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });
  await promises.getByRole('link', { name: 'Check the program’s ad for this' }).click();
  await expect(page).toHaveURL(/\/tools\/program-claims$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Check a program’s ad' })).toBeVisible();
  await page.goto('/checklist');
  await question(page, /ask for this credential by name/).getByRole('link', { name: 'Count what job ads ask for' }).click();
  await expect(page).toHaveURL(/\/tools\/job-ads$/);
  await expect(page.getByRole('heading', { level: 1, name: 'What do employers ask for?' })).toBeVisible();
});

test('every island hydrates without an error: React alone must render what the server rendered', async ({ page }) => {
  const errors = pageErrors(page);
  await startChecklist(page, 'First program');
  await page.getByRole('button', { name: 'Start a new checklist' }).click();
  await page.getByLabel('Name of the program you are checking').fill('Second program');
  for (const path of ['/checklist', '/checklist/compare', '/search?q=badge']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-island] fieldset[disabled], [data-island] button[disabled]'), path).toHaveCount(0);
  }
  await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
  expect(errors).toEqual([]);
});
