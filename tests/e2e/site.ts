import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';

/** The WCAG 2.2 A and AA rules axe checks on every page and state. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Where the checklist keeps saved checklists in the reader's browser. */
export const STORAGE_KEY = 'microcredential-guide:checklists';

/** A checklist question, found by its legend as a reader would. */
export const question = (page: Page, text: string | RegExp) => page.getByRole('group', { name: text });

/** Every checklist question's id, in page order, read from /checklist's radios (named `answer-<id>`, lib/checklist/form-fields.ts). */
export async function checklistItemIds(page: Page): Promise<string[]> {
  await page.goto('/checklist');
  const ids = await page.locator('input[type="radio"][value="yes"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name));
  expect(ids.length, 'questions on /checklist').toBeGreaterThan(0);
  for (const id of ids) expect(id, 'a question radio is named answer-<id>').toMatch(/^answer-./);
  return ids.map((id) => id.slice('answer-'.length));
}

/** axe finds no WCAG 2.2 A/AA violation on the page as it is now; `state` names it in the failure. */
export async function expectNoAxeViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), state).toEqual([]);
}

/** The page is no wider than the window: nothing makes it scroll sideways. `where` names it in the failure. */
export async function expectNoSideScroll(page: Page, where: string) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${where}: page is ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(client);
}

/**
 * axe needs script in the page, so a page reached without JavaScript (a form's answer) is checked
 * in a second, scripted page that is served the same HTML under the same policy.
 */
export async function expectNoAxeViolationsWithoutScript(
  browser: Browser,
  html: string,
  policy: string,
  viewport: { width: number; height: number },
  state: string,
  colorScheme: 'light' | 'dark' = 'light',
) {
  // Scripted whatever the calling test uses: axe runs in the page.
  const context = await browser.newContext({ viewport, colorScheme, javaScriptEnabled: true });
  const page = await context.newPage();
  await page.route('**/no-script-copy', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': policy } }));
  await page.goto('/no-script-copy');
  await expectNoAxeViolations(page, state);
  await context.close();
}

/**
 * The test server's feedback settings (playwright.config.ts): its own SQLite file, which the
 * feedback tests read to see what was stored, and a rate limit the tests' posts stay under
 * (the limit itself is tested in tests/integration).
 */
export const feedbackServerEnv = { FEEDBACK_DB: 'data/feedback-e2e.db', FEEDBACK_RATE_LIMIT: '1000/600' };

/**
 * Pages that are not articles or kinds of credential; those are found by reading the guide
 * list and the comparison, as a reader would.
 */
export const fixedRoutes = ['/', '/guides', '/checklist', '/checklist/compare', '/search', '/credentials', '/research', '/glossary', '/tools/program-claims', '/tools/job-ads', '/sources', '/about', '/privacy'];

export async function articleRoutes(page: Page): Promise<string[]> {
  await page.goto('/guides');
  const hrefs = await page.getByRole('main').getByRole('listitem').getByRole('link').evaluateAll((links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
  return [...new Set(hrefs.filter((h) => h.startsWith('/guides/')))];
}

/** Each kind's page, read from the links on the comparison. */
export async function credentialRoutes(page: Page): Promise<string[]> {
  await page.goto('/credentials');
  const hrefs = await page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').evaluateAll((links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
  return [...new Set(hrefs.filter((h) => h.startsWith('/credentials/')))];
}

export async function allRoutes(page: Page): Promise<string[]> {
  return [...fixedRoutes, ...(await articleRoutes(page)), ...(await credentialRoutes(page))];
}

/** Collects every Content-Security-Policy violation the page reports in its console. */
export function watchViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) found.push(`${page.url()}: ${m.text()}`);
  });
  return found;
}
