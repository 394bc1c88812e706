import type { Page } from '@playwright/test';

/**
 * Pages that are not articles or kinds of credential; those are found by reading the guide
 * list and the comparison, as a reader would.
 */
export const fixedRoutes = ['/', '/guides', '/checklist', '/checklist/compare', '/search', '/credentials', '/research', '/glossary', '/tools/program-claims', '/tools/job-ads'];

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
