import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allRoutes, WCAG_TAGS } from './site';


for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A/AA violations in ${colorScheme} mode`, async ({ page }) => {
    // One pass over every route: allow time in proportion to the number of pages.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    const routes = [...(await allRoutes(page)), '/guides/no-such-article'];
    // axe takes a second or two a page; allow for every route rather than one fixed budget.
    test.setTimeout(routes.length * 8_000);
    for (const route of routes) {
      await page.goto(route);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary, `${route} in ${colorScheme} mode`).toEqual([]);
    }
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every link reached with the Tab key is dark ink on the focus yellow, in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const route of ['/', '/guides/red-flags', '/checklist', '/glossary']) {
      await page.goto(route);
      const unreadable: string[] = [];
      let links = 0;
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          // Back at the start, or out of the page: every link has had its turn.
          const seen = ((window as unknown as { tabbed?: WeakSet<Element> }).tabbed ??= new WeakSet());
          if (!el || el === document.body || seen.has(el)) return 'end';
          seen.add(el);
          if (!(el instanceof HTMLAnchorElement)) return null;
          const style = getComputedStyle(el);
          return { text: el.textContent?.trim() || el.getAttribute('aria-label') || el.href, color: style.color, background: style.backgroundColor };
        });
        if (focused === 'end') break;
        if (!focused) continue;
        links++;
        if (focused.color !== 'rgb(11, 12, 12)' || focused.background !== 'rgb(255, 221, 0)') unreadable.push(`${focused.text}: ${focused.color} on ${focused.background}`);
      }
      expect(links, `links reached on ${route}`).toBeGreaterThan(5);
      expect(unreadable, `${route} in ${colorScheme} mode`).toEqual([]);
    }
  });
}
