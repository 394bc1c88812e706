import { expect, test } from '@playwright/test';
import { allRoutes, watchViolations } from './site';

test('every response carries the security headers', async ({ request, page }) => {
  for (const path of [...(await allRoutes(page)), '/guides/no-such-page', '/feed.xml', '/sitemap.xml']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("object-src 'none'");
    expect(headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(headers['cross-origin-resource-policy'], path).toBe('same-origin');
    expect(headers['x-powered-by'], path).toBeUndefined();
    expect(headers['set-cookie'], path).toBeUndefined();
  }
});

test('link preview images may be shown by other sites; nothing else may', async ({ request }) => {
  for (const path of ['/opengraph-image', '/guides/red-flags/opengraph-image', '/checklist/opengraph-image']) {
    const response = await request.get(path);
    expect(response.headers()['content-type'], path).toBe('image/png');
    expect(response.headers()['cross-origin-resource-policy'], path).toBe('cross-origin');
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  expect((await request.get('/icon.svg')).headers()['cross-origin-resource-policy']).toBe('same-origin');
});

test('every page has a strict script policy and breaks none of it', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = watchViolations(page);
  const loaders: (string | null)[] = [];
  for (const path of [...(await allRoutes(page)), '/guides/no-such-page']) {
    const response = await page.goto(path);
    // One policy for every page, in the header: scripts from the site and its one loader, by hash.
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy, path).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), path).toBe(0);
    // The only inline script that runs is the loader, the same on every page that has one.
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])').evaluateAll((s) => s.map((e) => e.textContent));
    expect(new Set([...inline, ...loaders]).size, path).toBeLessThanOrEqual(1);
    loaders.push(...inline);
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).not.toContain('unsafe-eval');
    expect(policy, path).toContain("style-src 'self'");
  }
  expect(violations).toEqual([]);
});

test('islands work under the policy, and a script injected after load does not run', async ({ page, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const violations = watchViolations(page);
  await page.goto('/checklist');
  await page.getByRole('group', { name: /promise a big jump in pay/ }).getByRole('radio', { name: 'Yes, it promises that' }).check();
  await expect(page.getByRole('heading', { name: 'Serious warning signs' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  // Every checklist state: shared view, a damaged link, a second program, compare.
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto(link);
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Shared checklist:/ })).toBeVisible();
  await page.goto('/checklist#share=1.damaged');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'We could not open this shared checklist' })).toBeVisible();
  await page.getByRole('button', { name: 'Close this message' }).click();
  await page.getByRole('button', { name: 'Start a new checklist' }).click();
  await page.getByLabel('Name of the program you are checking').fill('Second program');
  await page.goto('/checklist/compare');
  await expect(page.getByRole('region', { name: 'What the answers add up to' })).toBeVisible();
  await page.goto('/search?q=badge');
  await expect(page.getByRole('status').filter({ hasText: /results? for “badge”/ })).toBeVisible();
  await page.goto('/guides/red-flags');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(violations).toEqual([]);

  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const handler = document.createElement('img');
    handler.setAttribute('onerror', 'window.__injected = true');
    handler.src = 'data:,';
    document.body.append(handler);
    return new Promise((resolve) => setTimeout(() => resolve((window as unknown as { __injected?: boolean }).__injected ?? false), 300));
  });
  expect(ran).toBe(false);
  expect(violations.some((v) => v.includes('inline'))).toBe(true);
});
