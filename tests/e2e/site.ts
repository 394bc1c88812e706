import type { Page } from '@playwright/test';

/** Pages that are not articles; articles are found by reading the guide list, as a reader would. */
export const fixedRoutes = ['/', '/guides', '/checklist', '/checklist/compare', '/search'];

export async function articleRoutes(page: Page): Promise<string[]> {
  await page.goto('/guides');
  const hrefs = await page.getByRole('main').getByRole('listitem').getByRole('link').evaluateAll((links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
  return [...new Set(hrefs.filter((h) => h.startsWith('/guides/')))];
}

export async function allRoutes(page: Page): Promise<string[]> {
  return [...fixedRoutes, ...(await articleRoutes(page))];
}
