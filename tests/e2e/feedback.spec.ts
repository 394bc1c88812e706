import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { articleRoutes, credentialRoutes, feedbackServerEnv, fixedRoutes, watchViolations, WCAG_TAGS } from './site';

const ARTICLE = '/guides/red-flags';

type Row = { page: string; kind: string; doing: string | null; wrong: string | null };

/** What the test server has stored, read from its SQLite file. */
function stored(where = ''): Row[] {
  const db = new Database(feedbackServerEnv.FEEDBACK_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT page, kind, doing, wrong FROM feedback ${where} ORDER BY created_at`).all() as Row[];
  } catch (error) {
    // No table yet: the server opens the database on the first post.
    if (String(error).includes('no such table')) return [];
    throw error;
  } finally {
    db.close();
  }
}

/** Rows stored since `before` was taken (the file is shared with earlier runs and tests). */
/**
 * Rows stored since `before` for this page and kind of answer: the tests run in parallel against
 * one database, so another test's answer on another page may land in between.
 */
function newRows(before: number, page?: string, kind?: string): Row[] {
  return stored()
    .slice(before)
    .filter((r) => (!page || r.page === page) && (!kind || r.kind === kind));
}

function rowCount(): number {
  try {
    return stored().length;
  } catch {
    return 0;
  }
}

async function axe(page: Page, include: string) {
  const { violations } = await new AxeBuilder({ page }).include(include).withTags(WCAG_TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const block = (page: Page) => page.getByRole('region', { name: 'Feedback about this page' });

test('every content page ends with the feedback block, naming that page, and has its own thank-you page', async ({ page, request }) => {
  const contentPages = [...fixedRoutes.filter((r) => r !== '/checklist/compare' && r !== '/search'), ...(await articleRoutes(page)), ...(await credentialRoutes(page))];
  expect(contentPages.length).toBeGreaterThan(15);
  for (const path of contentPages) {
    await page.goto(path);
    await expect(block(page).getByRole('heading', { name: 'Is this page useful?' }), path).toBeVisible();
    await expect(block(page).getByText('Report a problem with this page'), path).toBeVisible();
    const named = await block(page).locator('input[name="page"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(named, path).toEqual([path, path]);
    const thanks = await request.get(path === '/' ? '/feedback/thanks' : `/feedback/thanks${path}`);
    expect(thanks.status(), path).toBe(200);
  }
  // Pages that are not content have none.
  for (const path of ['/search', '/checklist/compare']) {
    await page.goto(path);
    await expect(block(page), path).toHaveCount(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('answering with the keyboard lands on the thank-you page, which links back; the answer is stored', async ({ page }) => {
    const violations = watchViolations(page);
    const before = rowCount();
    await page.goto(ARTICLE);
    await block(page).getByRole('button', { name: 'No this page is not useful' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/feedback/thanks${ARTICLE}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your feedback' })).toBeVisible();
    expect(newRows(before, ARTICLE, 'no')).toEqual([{ page: ARTICLE, kind: 'no', doing: null, wrong: null }]);
    const back = page.getByRole('link', { name: /^Go back to / });
    await expect(back).toHaveAttribute('href', ARTICLE);
    await back.click();
    await expect(page).toHaveURL(ARTICLE);
    expect(violations).toEqual([]);
  });

  test('a problem report is sent by the plain form, with personal details removed before it is stored', async ({ page }) => {
    const before = rowCount();
    await page.goto('/checklist');
    await block(page).getByText('Report a problem with this page').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('What were you trying to do?').fill('Print the checklist');
    await page.getByLabel('What went wrong?').fill('Nothing printed. Write to sam@example.com or call 555-123-4567.');
    await page.getByRole('button', { name: 'Send report' }).press('Enter');
    await expect(page).toHaveURL('/feedback/thanks/checklist');
    expect(newRows(before, '/checklist', 'problem')).toEqual([{ page: '/checklist', kind: 'problem', doing: 'Print the checklist', wrong: 'Nothing printed. Write to [email removed] or call [number removed].' }]);
  });

  test('a refused post explains itself on a page of its own, with a way back', async ({ page }) => {
    await page.goto(ARTICLE);
    await block(page).getByText('Report a problem with this page').click();
    // A field the browser would not let through (required), sent anyway: the server checks too.
    await page.getByLabel('What went wrong?').evaluate((t) => t.removeAttribute('required'));
    const before = rowCount();
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/feedback')), page.getByRole('button', { name: 'Send report' }).click()]);
    expect(response.status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1, name: 'Your feedback was not sent' })).toBeVisible();
    await expect(page.getByText('Tell us what went wrong before you send the report.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go back to the page' })).toHaveAttribute('href', `${ARTICLE}#feedback`);
    expect(rowCount()).toBe(before);
  });
});

// axe runs as a script in the page, so these pages (which have none of their own) are checked
// with JavaScript on.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the thank-you page and on a refusal, in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/feedback/thanks${ARTICLE}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your feedback' })).toBeVisible();
    expect(await axe(page, 'body')).toEqual([]);
    // A plain form post, as a browser without JavaScript sends it (form.submit() skips the
    // block's script), refused for its empty report.
    await page.goto(ARTICLE);
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = '/feedback';
      for (const [name, value] of [['page', '/guides/red-flags'], ['kind', 'problem'], ['wrong', '']]) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name as string;
        input.value = value as string;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Your feedback was not sent' })).toBeVisible();
    expect(await axe(page, 'body')).toEqual([]);
  });
}

test.describe('with JavaScript', () => {
  test('Yes is sent in place: the thanks replaces the form, takes the focus, and the page stays', async ({ page }) => {
    const violations = watchViolations(page);
    const before = rowCount();
    await page.goto(ARTICLE);
    // The script has started once the page's scripts have loaded.
    await page.waitForLoadState('networkidle');
    expect(await axe(page, '#feedback')).toEqual([]);
    await block(page).getByRole('button', { name: 'Yes this page is useful' }).focus();
    await page.keyboard.press('Enter');
    const thanks = block(page).getByRole('heading', { name: 'Thank you for your feedback' });
    await expect(thanks).toBeVisible();
    await expect(page).toHaveURL(ARTICLE);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Thank you for your feedback');
    await expect(block(page).getByRole('button', { name: /this page is useful/ })).toBeHidden();
    expect(await axe(page, '#feedback')).toEqual([]);
    expect(newRows(before, ARTICLE, 'yes')).toEqual([{ page: ARTICLE, kind: 'yes', doing: null, wrong: null }]);
    expect(violations).toEqual([]);
  });

  test('a problem report typed and sent with the keyboard is stored once, redacted', async ({ page }) => {
    const violations = watchViolations(page);
    const before = rowCount();
    await page.goto('/glossary');
    await page.waitForLoadState('networkidle');
    await block(page).getByText('Report a problem with this page').focus();
    await page.keyboard.press('Enter');
    expect(await axe(page, '#feedback')).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('What were you trying to do?')).toBeFocused();
    await page.keyboard.type('Look up a term');
    await page.keyboard.press('Tab');
    await page.keyboard.type('My card 4111 1111 1111 1111 was charged twice');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Send report' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(block(page).getByRole('heading', { name: 'Thank you for your feedback' })).toBeVisible();
    await expect(page).toHaveURL('/glossary');
    expect(newRows(before, '/glossary', 'problem')).toEqual([{ page: '/glossary', kind: 'problem', doing: 'Look up a term', wrong: 'My card [number removed] was charged twice' }]);
    expect(violations).toEqual([]);
  });

  test('when the server cannot save, the reader is told in place and can try again', async ({ page }) => {
    await page.goto('/research');
    await page.waitForLoadState('networkidle');
    let calls = 0;
    await page.route('**/feedback', (route) => {
      calls++;
      return calls === 1
        ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ ok: false, error: 'We could not save this. Please try again later.' }) })
        : route.continue();
    });
    await block(page).getByRole('button', { name: 'No this page is not useful' }).click();
    await expect(block(page).getByRole('alert')).toHaveText('We could not save this. Please try again later.');
    await expect(block(page).getByRole('button', { name: 'No this page is not useful' })).toBeEnabled();
    expect(await axe(page, '#feedback')).toEqual([]);
    await block(page).getByRole('button', { name: 'No this page is not useful' }).click();
    await expect(block(page).getByRole('heading', { name: 'Thank you for your feedback' })).toBeVisible();
    expect(calls).toBe(2);
  });
});

test.describe('the handler, as any client reaches it', () => {
  test('answers a plain post with 303 to the thank-you page, and sets no cookie', async ({ request }) => {
    const response = await request.post('/feedback', { form: { page: '/', kind: 'yes' }, maxRedirects: 0, headers: { origin: 'http://127.0.0.1' } });
    // The test's Origin is not the server's: refused. With the server's own, accepted.
    expect(response.status()).toBe(403);
    const base = new URL(test.info().project.use.baseURL ?? '').origin;
    const ok = await request.post('/feedback', { form: { page: '/', kind: 'yes' }, maxRedirects: 0, headers: { origin: base } });
    expect(ok.status()).toBe(303);
    expect(ok.headers().location).toBe('/feedback/thanks');
    expect(ok.headers()['set-cookie']).toBeUndefined();
    expect(ok.headers()['content-security-policy']).toContain("form-action 'self'");
  });

  test('refuses GET and PUT with 405, and another site’s post with 403, storing nothing', async ({ request }) => {
    const before = rowCount();
    expect((await request.get('/feedback')).status()).toBe(405);
    expect((await request.put('/feedback', { form: { page: '/', kind: 'yes' } })).status()).toBe(405);
    const cross = await request.post('/feedback', { form: { page: '/', kind: 'yes' }, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, maxRedirects: 0 });
    expect(cross.status()).toBe(403);
    expect(await cross.text()).toContain('Feedback can only be sent from a page of this site.');
    expect(rowCount()).toBe(before);
  });
});
