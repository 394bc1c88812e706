import { expect, test } from '@playwright/test';

test('every page links to About and Privacy from its footer', async ({ page }) => {
  for (const route of ['/', '/guides/red-flags', '/checklist', '/credentials', '/no-such-page']) {
    await page.goto(route);
    const footer = page.getByRole('navigation', { name: 'Footer' });
    await expect(footer.getByRole('link', { name: 'About this guide' }), route).toHaveAttribute('href', '/about');
    await expect(footer.getByRole('link', { name: 'Privacy' }), route).toHaveAttribute('href', '/privacy');
  }
});

test('/about says what the guide is not, how facts are checked and how mistakes are corrected', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this guide');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeVisible();
  const not = page.getByRole('region', { name: 'What this guide will not do' });
  for (const words of ['independent', 'sells nothing', 'no ads', 'no affiliate links', 'does not track you']) await expect(not).toContainText(words);
  await expect(page.getByRole('region', { name: 'How we choose and check facts' }).getByRole('link', { name: 'every source the guide uses' })).toHaveAttribute('href', '/sources');
  const corrections = page.getByRole('region', { name: 'How we fix mistakes' });
  await expect(corrections).toContainText('What changed');
  await expect(corrections.getByRole('link', { name: 'news feed' })).toHaveAttribute('href', '/feed.xml');
  // No CONTACT_EMAIL in this build: the page says how to report a problem, and shows no address.
  const contact = page.getByRole('region', { name: 'How to reach us' });
  await expect(contact).toContainText('use “Report a problem” at the bottom of any page');
  // The page's feedback block links here; no e-mail address is made up when none is configured.
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/about$/);
});

test('/privacy says where the checklist and share links keep answers, and what feedback stores', async ({ page }) => {
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  await expect(page.getByRole('region', { name: 'Your checklist stays in your browser' })).toContainText('local storage');
  await expect(page.getByRole('region', { name: 'Share links keep your answers off our server' })).toContainText('after the # sign');
  const feedback = page.getByRole('region', { name: 'Feedback you send us' });
  for (const words of ['the page it is about', 'whether you said yes or no', 'the words of your problem report', 'the time it was sent', 'an email address, a phone number or a long number', 'We do not store your IP address, your name or any cookie', '365 days']) {
    await expect(feedback).toContainText(words);
  }
  // The page's feedback block links here; no e-mail address is made up when none is configured.
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/privacy$/);
});

test('the sitemap lists /about, /privacy and /sources', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/about', '/privacy', '/sources']) expect(xml).toMatch(new RegExp(`<loc>[^<]*${path}</loc>`));
});
