import { expect, test } from '@playwright/test';

const missing = [
  '/guides/no-such-article',
  '/guides/..%2f..%2fpackage.json',
  '/guides/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/guides/RED-FLAGS',
  '/guides/red-flags/extra',
  '/no-such-page',
];

for (const path of missing) {
  test(`${path} answers 404 with a helpful page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'see every article in the guide' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Places to start' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Step 1: Know your career goal' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Checklist' })).toBeVisible();
  });
}
