import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { articleRoutes, fixedRoutes } from './site';

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectPng(request: APIRequestContext, url: string, size?: { width: number; height: number }) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe('image/png');
  const actual = pngSize(await response.body());
  if (size) expect(actual, url).toEqual(size);
}

test('every page has a unique title, description, canonical, Open Graph and Twitter card tags', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const routes = [...fixedRoutes, ...(await articleRoutes(page))];
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  for (const route of routes) {
    await page.goto(route);
    const title = await page.title();
    expect(titles.has(title), `${route} repeats the title "${title}"`).toBe(false);
    titles.add(title);
    const description = (await meta(page, 'description')) ?? '';
    expect(description.length, route).toBeGreaterThan(40);
    expect(descriptions.has(description), `${route} repeats its description`).toBe(false);
    descriptions.add(description);
    const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '', 'invalid:/');
    expect(`${canonical.origin}${canonical.pathname}`, route).toBe(`${baseURL}${route}`);
    expect(await meta(page, 'og:title'), route).toBe(title);
    expect(await meta(page, 'og:description'), route).toBe(description);
    const ogUrl = new URL((await meta(page, 'og:url')) ?? '', 'invalid:/');
    expect(`${ogUrl.origin}${ogUrl.pathname}`, route).toBe(`${baseURL}${route}`);
    expect(await meta(page, 'og:site_name'), route).toBe('Microcredential Guide');
    expect(await meta(page, 'twitter:card'), route).toBe('summary_large_image');
    expect(await meta(page, 'twitter:title'), route).toBe(title);
    const image = await meta(page, 'og:image');
    expect(image, route).toBeTruthy();
    await expectPng(request, image!, { width: 1200, height: 630 });
    if (route.startsWith('/guides/')) {
      expect(await meta(page, 'og:type'), route).toBe('article');
      expect(await meta(page, 'article:published_time'), route).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(await meta(page, 'article:modified_time'), route).toMatch(/^\d{4}-\d{2}-\d{2}/);
    } else {
      expect(await meta(page, 'og:type'), route).toBe('website');
    }
  }
});

test('an article preview is drawn when asked for and may be cached; a made-up article has none', async ({ request }) => {
  const first = await request.get('/guides/red-flags/opengraph-image');
  expect(first.status()).toBe(200);
  expect(first.headers()['cache-control']).toBe('public, max-age=86400');
  const again = await request.get('/guides/red-flags/opengraph-image');
  expect(Buffer.compare(await first.body(), await again.body())).toBe(0);
  // Not cached anywhere: nobody can fill a cache, or a disk, by making up addresses.
  for (const slug of ['no-such-article', 'RED-FLAGS', '..%2F..%2Fetc%2Fpasswd']) {
    const response = await request.get(`/guides/${slug}/opengraph-image`);
    expect(response.status(), slug).toBe(404);
    expect(response.headers()['cache-control'], slug).toBe('no-store');
  }
});

test('articles carry Article and BreadcrumbList structured data that parses', async ({ page, baseURL }) => {
  for (const route of await articleRoutes(page)) {
    await page.goto(route);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const items = blocks.flatMap((text) => JSON.parse(text) as Record<string, unknown>[]);
    const article = items.find((i) => i['@type'] === 'Article');
    expect(article, route).toMatchObject({
      '@context': 'https://schema.org',
      headline: await page.getByRole('heading', { level: 1 }).textContent(),
      description: await meta(page, 'description'),
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      author: { '@type': 'Organization', name: 'Microcredential Guide' },
      publisher: { '@type': 'Organization', name: 'Microcredential Guide' },
    });
    const crumbs = items.find((i) => i['@type'] === 'BreadcrumbList') as { itemListElement: { item: string; position: number }[] } | undefined;
    expect(crumbs?.itemListElement.map((c) => c.item), route).toEqual([`${baseURL}/`, `${baseURL}/guides`, `${baseURL}${route}`]);
  }
});

test('the sitemap lists every public page, and every page it lists exists', async ({ page, request, baseURL }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto('/');
  const locs = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('sitemap is not XML');
    return [...doc.getElementsByTagName('loc')].map((l) => l.textContent ?? '');
  }, xml);
  const paths = locs.map((l) => l.replace(baseURL!, '') || '/');
  for (const route of ['/', '/guides', '/checklist', ...(await articleRoutes(page))]) expect(paths, route).toContain(route);
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('the feed is valid RSS listing every article and nothing else', async ({ page, request }) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const xml = await response.text();
  const articles = await articleRoutes(page);
  const links = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('feed is not XML');
    return [...doc.querySelectorAll('rss > channel > item > link')].map((l) => new URL(l.textContent ?? '').pathname);
  }, xml);
  // Entries for an article's changes link to the same article, at its "What changed" list.
  expect([...new Set(links)].sort()).toEqual([...articles].sort());
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/feed\.xml$/);
});

test('the web app manifest, favicon and icons load', async ({ request, page }) => {
  await page.goto('/');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(manifestHref!)).json()) as { name: string; icons: { src: string; type: string }[] };
  expect(manifest.name).toBe('Microcredential Guide');
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) await expectPng(request, icon.src);
  expect((await request.get('/favicon.ico')).status()).toBe(200);
  expect((await request.get((await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href'))!)).status()).toBe(200);
});

test('copy link puts the article address on the clipboard, and a heading link copies its section', async ({ page, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/guides/red-flags');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/guides/red-flags`);

  const heading = page.locator('.article-body h2').nth(1);
  const id = await heading.getAttribute('id');
  await heading.hover();
  const anchor = page.getByRole('link', { name: `Link to the section “${await heading.textContent()}”` });
  await expect(anchor).toBeVisible();
  await anchor.click();
  await expect(page).toHaveURL(`${baseURL}/guides/red-flags#${id}`);
  await expect(page.getByRole('status').filter({ hasText: /^Link to “.+” copied\.$/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/guides/red-flags#${id}`);
  await expect(page.getByRole('link', { name: 'Email this article' })).toHaveAttribute('href', /^mailto:\?subject=.+&body=http/);
});

test('the section link appears when a keyboard user reaches it', async ({ page }) => {
  await page.goto('/guides/red-flags');
  const anchor = page.locator('.article-body .heading-group').first().getByRole('link', { name: /^Link to the section “/ });
  await anchor.focus();
  await expect(anchor).toBeFocused();
  expect(await anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  // Dark ink on the yellow focus colour, like every focused link (grey on yellow was hard to read).
  expect(await anchor.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(11, 12, 12)');
});

test('on a touch screen, which has no hover, the section links are always shown', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto('/guides/red-flags');
  expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
  const anchor = page.locator('.article-body .heading-group').first().getByRole('link', { name: /^Link to the section “/ });
  expect(await anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await context.close();
});

test('searching from the header finds a phrase from an article and lands on its section', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('search').first().getByRole('searchbox', { name: 'Search the guide' }).fill('Mesa Community College');
  await page.keyboard.press('Enter');
  // The server answers the header's search (app/search/results/page.tsx).
  await expect(page).toHaveURL(/\/search\/results\?q=Mesa\+Community\+College$/);
  await expect(page.getByRole('status').filter({ hasText: /results? for “Mesa Community College”/ })).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('Mesa Community College');
  const first = page.getByRole('main').getByRole('listitem').first().getByRole('link');
  await expect(first).toHaveText('One example: Mesa Community College and Boeing');
  await first.click();
  await expect(page).toHaveURL(/\/guides\/research-the-program#one-example-mesa-community-college-and-boeing$/);
  await expect(page.locator('#one-example-mesa-community-college-and-boeing')).toBeInViewport();
});

test('search finds checklist questions, updates as you type, and keeps the query in a shareable address', async ({ page }) => {
  await page.goto('/search?q=accreditor');
  await expect(page.getByRole('searchbox', { name: 'Search the guide' }).last()).toHaveValue('accreditor');
  await expect(page.getByRole('main').getByRole('link', { name: /Does anyone outside the provider check its quality/ })).toHaveAttribute('href', '/checklist#item-external-check');
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the guide' });
  await box.fill('zzqx-qqzv');
  await expect(page.getByRole('status').filter({ hasText: 'No results for “zzqx-qqzv”' })).toBeVisible();
  await expect(page).toHaveURL(/\/search\?q=zzqx-qqzv$/);
  await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('zzqx-qqzv');
});

test('a search with no result offers the closest pages and the guide\'s main pages, as links', async ({ page }) => {
  await page.goto('/search?q=zzqx-qqzv');
  const main = page.getByRole('main');
  await expect(page.getByRole('status').filter({ hasText: 'No results for “zzqx-qqzv”' })).toBeVisible();
  const next = main.getByRole('region', { name: 'Where to look instead' });
  for (const [name, href] of [
    ['The guide', '/guides'],
    ['The checklist', '/checklist'],
    ['Check a program’s ad', '/tools/program-claims'],
    ['What do employers ask for?', '/tools/job-ads'],
    ['The glossary', '/glossary'],
  ] as const) {
    await expect(next.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  // Nothing is close to nonsense, so no close matches are offered.
  await expect(main.getByRole('region', { name: 'Close to what you typed' })).toHaveCount(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(violations.map((v) => v.id), colorScheme).toEqual([]);
  }
  // A misspelled word gets the pages it is close to.
  await page.goto('/search?q=bdge');
  const close = main.getByRole('region', { name: 'Close to what you typed' });
  await expect(close.getByRole('link').first()).toBeVisible();
  await expect(close.getByRole('listitem')).toContainText([/badge/i]);
  await close.getByRole('link').first().click();
  await expect(page).not.toHaveURL(/\/search/);
});

test('a question finds pages without every word, and says when they have only some of them', async ({ page }) => {
  await page.goto('/search?q=resume');
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('résumé');
  await page.goto('/search?q=how+much+does+it+pay');
  await expect(page.getByRole('status').filter({ hasText: /results? for “how much does it pay”$/ })).toBeVisible();
  await page.goto('/search?q=digital+badge+zzqx');
  await expect(page.getByRole('status').filter({ hasText: /^No page has all the words in “digital badge zzqx”\. Showing .* some of them\.$/ })).toBeVisible();
  // The best of them is about digital badges: the kind's page or the guide's section on checking one.
  await expect(page.getByRole('main').getByRole('listitem').first().getByRole('link')).toHaveAttribute('href', /^(\/credentials\/digital-badge|\/guides\/check-a-provider#check-a-digital-badge)$/);
});

test('a search with many matches says how many there are and shows the best 30', async ({ page }) => {
  await page.goto('/search?q=program');
  const status = page.getByRole('status').filter({ hasText: /^The best 30 of \d+ results for “program”$/ });
  await expect(status).toBeVisible();
  expect(Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1])).toBeGreaterThan(30);
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(30);
  const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  await page.getByRole('button', { name: `Show all ${total} results` }).click();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(total);
  await expect(page.getByRole('status').filter({ hasText: `${total} results for “program”` })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem').nth(30).getByRole('link')).toBeFocused();
});

test('on the search page, typing in the header box searches too', async ({ page }) => {
  await page.goto('/search?q=badge');
  // Two search landmarks, told apart by name.
  await expect(page.getByRole('search', { name: 'Site search' })).toHaveCount(1);
  await expect(page.getByRole('search', { name: 'Search the guide' })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: /for “badge”/ })).toBeVisible();
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search the guide' }).fill('accreditor');
  await expect(page.getByRole('status').filter({ hasText: /for “accreditor”/ })).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('accreditor');
  await expect(page).toHaveURL(/\/search\?q=accreditor$/);
});

test('on the search page, pressing Enter in either box keeps the results there, searched in the browser', async ({ page }) => {
  await page.goto('/search?q=badge');
  await expect(page.getByRole('status').filter({ hasText: /for “badge”/ })).toBeVisible();
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the guide' });
  await box.fill('accreditor');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=accreditor$/);
  await expect(page.getByRole('status').filter({ hasText: /for “accreditor”/ })).toBeVisible();
  const header = page.getByRole('banner').getByRole('searchbox', { name: 'Search the guide' });
  await header.fill('refund');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=refund$/);
  await expect(page.getByRole('status').filter({ hasText: /for “refund”/ })).toBeVisible();
  // Matched words are marked in the browser as on the server's page.
  await expect(page.getByRole('main').getByRole('listitem').first().locator('mark').first()).toHaveText(/^refunds?$/i);
});

test('search finds glossary terms and links to their entry', async ({ page }) => {
  await page.goto('/search?q=stackable');
  const result = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Glossary' }).first().getByRole('link');
  await expect(result).toHaveAttribute('href', /^\/glossary#/);
  await result.click();
  await expect(page).toHaveURL(/\/glossary#/);
});

test('search matches other forms of a word: “stacked” finds the section on stacking', async ({ page }) => {
  await page.goto('/search?q=stacked+credentials');
  const first = page.getByRole('main').getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText('What does stacking credentials mean?');
  await expect(first.getByRole('link')).toHaveAttribute('href', '/guides/what-are-microcredentials#what-does-stacking-credentials-mean');
  await expect(first).toContainText('Stacking means earning several credentials');
  // Typing on: the plural, and a half-typed word, still find it.
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the guide' });
  await box.fill('stacks credentia');
  await expect(page.getByRole('main').getByRole('link', { name: 'What does stacking credentials mean?' })).toBeVisible();
});

test('search finds kinds of credential, survey charts and glossary aliases', async ({ page }) => {
  await page.goto('/search?q=Boeing');
  await expect(page.getByRole('main').getByRole('link', { name: 'Boot camp' })).toHaveAttribute('href', '/credentials/boot-camp');
  // Labelled once, not "Kind of credential: Kinds of credential".
  const bootCamp = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Boot camp', exact: true }) });
  await expect(bootCamp.getByText('Kind of credential', { exact: true })).toBeVisible();
  await page.goto('/search?q=bootcamp');
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'Glossary' }).first()).toBeVisible();
  await page.goto('/search?q=Lumina');
  await expect(page.locator('main a[href^="/research#"]').first()).toBeVisible();
});
