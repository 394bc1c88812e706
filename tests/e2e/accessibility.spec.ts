import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allRoutes } from './site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

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
