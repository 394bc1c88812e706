import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsWithoutScript, question, STORAGE_KEY } from './site';

/** A pasted web address: 80 characters, the longest name, with nowhere to break. */
const LONG_NAME = `https://www.example-career-institute.edu/programs/${'data'.repeat(8)}`.slice(0, 80);
const SENT = /You sent these answers to this site only to make this summary\. They were not stored or saved/;
const PHONE = { width: 320, height: 800 };

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** The first section's summary (its heading's line), which folds the section away. */
const firstSection = (page: Page) => page.locator('section#career-goal > details');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('a reader fills in the checklist, sends it and sees the summary, with everything kept to change and send again', async ({ page, browser }) => {
    // Two full axe runs of the long checklist page, on two shared cores.
    test.setTimeout(120_000);
    expect(LONG_NAME).toHaveLength(80);
    await page.goto('/checklist');
    await page.getByLabel('Name of the program you are checking').fill(LONG_NAME);
    await question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true }).check();
    await question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' }).check();
    await question(page, /Does that job exist where you live/).getByRole('radio', { name: 'Not sure', exact: true }).check();
    await question(page, /Can you name the job or role/).getByLabel('Your notes (optional)').fill('Data analyst at a hospital,\nnear home');
    await page.getByLabel('Price in US dollars').fill('$2,500');
    await page.getByLabel('Hours of instruction').fill('300');
    await page.getByLabel('Length in weeks').fill('12');
    await page.getByRole('radio', { name: 'Online', exact: true }).check();
    await page.getByRole('checkbox', { name: 'A loan' }).check();

    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'See my summary' }).click()]);
    expect(response.status()).toBe(200);
    expect(new URL(response.url()).pathname).toBe('/checklist');
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'none'");

    await expect(page.getByRole('heading', { name: 'Your summary is ready' })).toBeVisible();
    const summary = page.getByRole('region', { name: /^Your summary for/ });
    await expect(summary.getByRole('heading', { level: 2 })).toContainText(LONG_NAME);
    await expect(summary.getByText('3 of 24 questions answered.')).toBeVisible();
    await expect(summary.getByRole('heading', { name: 'Worrying answers (1)' })).toBeVisible();
    await expect(summary.getByRole('heading', { name: 'Questions still open (22)' })).toBeVisible();
    await expect(summary.getByText('$2,500')).toBeVisible();
    await expect(page.getByText(SENT)).toBeVisible();
    await expect(page.getByText(/With JavaScript on, your answers stay on your device\./)).toBeVisible();
    // No share link: nothing made one, and nothing here could copy it.
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);

    // Everything sent is back in the form, to change and send again.
    await expect(page.getByLabel('Name of the program you are checking')).toHaveValue(LONG_NAME);
    await expect(question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' })).toBeChecked();
    await expect(question(page, /Does that job exist where you live/).getByRole('radio', { name: 'Not sure', exact: true })).toBeChecked();
    await expect(question(page, /Can you name the job or role/).getByLabel('Your notes (optional)')).toHaveValue('Data analyst at a hospital,\nnear home');
    await expect(page.getByLabel('Price in US dollars')).toHaveValue('2500');
    await expect(page.getByRole('checkbox', { name: 'A loan' })).toBeChecked();
    expect(await noSideScroll(page)).toBe(true);

    await question(page, /Did an employer help design/).getByRole('radio', { name: 'No', exact: true }).check();
    await page.getByRole('button', { name: 'See my summary' }).click();
    await expect(summary.getByText('4 of 24 questions answered.')).toBeVisible();
    await expect(page.getByLabel('Name of the program you are checking')).toHaveValue(LONG_NAME);

    const html = await page.content();
    await expectNoAxeViolationsWithoutScript(browser, html, policy, PHONE, 'checklist summary without JavaScript');
    await expectNoAxeViolationsWithoutScript(browser, html, policy, PHONE, 'checklist summary without JavaScript, dark', 'dark');
  });

  test('a number that is not one keeps what was typed and says what to enter', async ({ page }) => {
    await page.goto('/checklist');
    await page.getByLabel('Price in US dollars').fill('about 2k');
    await page.getByLabel('Length in weeks').fill('12');
    await page.getByRole('button', { name: 'See my summary' }).click();
    await expect(page.getByRole('link', { name: 'Check the program facts' })).toBeVisible();
    await expect(page.getByLabel('Price in US dollars')).toHaveValue('about 2k');
    await expect(page.getByLabel('Price in US dollars')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter a whole number, like 2500')).toBeVisible();
    await expect(page.getByLabel('Length in weeks')).toHaveValue('12');
  });

  test('tampered fields get a plain message, never a server error', async ({ page, baseURL }) => {
    await page.goto('/checklist');
    // The framework's own fields, as the page made them, with the checklist's fields changed by hand.
    const hidden = page.locator('form[aria-label="Checklist"] input[type="hidden"]');
    const fields: Record<string, string> = {};
    for (let i = 0; i < (await hidden.count()); i++) fields[(await hidden.nth(i).getAttribute('name')) ?? ''] = await hidden.nth(i).inputValue();
    const first = (await question(page, /Can you name the job or role/).getByRole('radio').first().getAttribute('name')) ?? '';
    const reply = await page.request.post('/checklist', {
      headers: { origin: baseURL ?? '' },
      multipart: { ...fields, [first]: 'maybe', 'answer-not-a-question': 'yes', 'fact-format': '<b>by post</b>', 'program-name': 'Tampered' },
    });
    expect(reply.status()).toBe(200);
    const body = await reply.text();
    expect(body).toContain('The answer to question 1 was not one the checklist offers, so it was left out.');
    expect(body).toContain('The form sent an answer to a question this checklist does not have. It was left out.');
    expect(body).toContain('The format sent is not one the checklist offers, so it was left out.');
    expect(body).not.toContain('<b>by post</b>');
    expect(body).toContain('Tampered');
  });

  test('a section folds away and opens again from the keyboard, and the next-question link still reaches a folded one', async ({ page }) => {
    await page.goto('/checklist');
    const details = firstSection(page);
    const summary = details.locator('> summary');
    await expect(summary.getByRole('heading', { level: 2, name: /Your career goal/ })).toBeVisible();
    // Reached from the keyboard, it shows the site's focus ring.
    await summary.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveCSS('outline-style', 'solid');
    const radio = question(page, /Can you name the job or role/).getByRole('radio', { name: 'Yes', exact: true });
    await page.keyboard.press('Enter');
    await expect(radio).toBeHidden();
    await expect(details).not.toHaveAttribute('open');
    await page.keyboard.press('Space');
    await expect(radio).toBeVisible();

    await page.keyboard.press('Enter');
    await expect(radio).toBeHidden();
    await page.getByRole('link', { name: 'Go to the next unanswered question' }).click();
    await expect(page).toHaveURL(/#item-/);
    // The browser opens the folded section to show the question the link names.
    await expect(radio).toBeVisible();
    await expect(radio).toBeInViewport();
  });
});

test.describe('with JavaScript', () => {
  test('"See my summary" goes to the summary in the page, and nothing is sent', async ({ page }) => {
    await page.goto('/checklist');
    const button = page.getByRole('button', { name: 'See my summary' });
    await expect(button).toBeVisible();
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') sent.push(`${r.method()} ${r.url()}`);
    });
    await question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' }).check();
    await page.getByLabel('Name of the program you are checking').fill('Scripted program');
    await page.getByLabel('Name of the program you are checking').press('Enter');
    await button.click();
    await expect(page.getByRole('heading', { name: 'Your summary for Scripted program' })).toBeFocused();
    await expect(page.getByRole('region', { name: /^Your summary for/ }).getByText('1 of 24 questions answered.')).toBeVisible();
    await expect(page.getByText(SENT)).toHaveCount(0);
    expect(sent).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/checklist');
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(saved).toContain('Scripted program');
  });

  test('a link into a folded section opens it, and printing still prints every question', async ({ page }) => {
    await page.goto('/checklist');
    await expect(page.getByRole('button', { name: 'See my summary' })).toBeVisible();
    const details = firstSection(page);
    await details.locator('> summary').click();
    await expect(details).not.toHaveAttribute('open');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Your career goal' }).click();
    await expect(details).toHaveAttribute('open', '');
    await details.locator('> summary').click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-handout')).toContainText('Can you name the job or role you want this program to help you get?');
    await page.emulateMedia({ media: 'screen' });
  });

  test('what a reader chose and typed before the script ran is kept, not lost', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_next/static/islands/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/checklist', { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Name of the program you are checking').fill('Typed early');
    await question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' }).check();
    release();
    await expect(page.getByRole('button', { name: 'See my summary' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Checking: Typed early' })).toBeVisible();
    await expect(question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' })).toBeChecked();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Checking: Typed early' })).toBeVisible();
    await expect(question(page, /promise a big jump in pay/).getByRole('radio', { name: 'Yes, it promises that' })).toBeChecked();
  });
});
