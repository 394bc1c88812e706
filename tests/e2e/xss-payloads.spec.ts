import { expect, test } from '@playwright/test';
import { renderMarkdown } from '../../lib/markdown/render';

// Real payloads an editor could paste, or an attacker could slip into content. Each tries to
// run `window.__xss(n)`; the rendered article body is loaded in Chromium and must run none.
const payloads = [
  '<img src=x onerror="__xss(1)">',
  '<script>__xss(2)</script>',
  '[click](javascript:__xss(3))',
  '[click](JaVaScRiPt:__xss(4))',
  '<a href="javascript:__xss(5)">click</a>',
  '<svg onload="__xss(6)"></svg>',
  '<iframe src="javascript:__xss(7)"></iframe>',
  '![x](javascript:__xss(8))',
  '<details open ontoggle="__xss(9)">x</details>',
  '<body onload="__xss(10)">',
  '<input autofocus onfocus="__xss(11)">',
  '[x](data:text/html,<script>parent.__xss(12)</script>)',
  '<object data="javascript:__xss(13)"></object>',
  '<math><mtext><table><mglyph><style><img src=x onerror="__xss(14)">',
  '<a href="&#106;avascript:__xss(15)">x</a>',
  '[x](https://example.com "t\\" onmouseover=\\"__xss(16)")',
  '<style>@import "javascript:__xss(17)";</style>',
  '<form action="javascript:__xss(18)"><button>go</button></form>',
];

test('no XSS payload in Markdown runs script once rendered', async ({ page }) => {
  // Nothing may leave the page: a surviving link would otherwise navigate away.
  await page.route('**/*', (route) => route.abort());
  const body = renderMarkdown(payloads.map((p, i) => `Payload ${i + 1}: ${p}\n`).join('\n')).html;
  await page.setContent(`<!doctype html><html><head><script>window.__hits=[];window.__xss=(n)=>window.__hits.push(n);addEventListener('click',(e)=>e.preventDefault(),true);addEventListener('submit',(e)=>e.preventDefault(),true);</script></head><body>${body}</body></html>`);
  // Give event handlers a chance: hover and click every link, focus every control. Default
  // actions (navigation) are prevented so the page stays put; handlers still fire.
  for (const link of await page.locator('a, button, details, input').all()) {
    await link.hover({ force: true, timeout: 1000 }).catch(() => undefined);
    await link.click({ force: true, timeout: 1000, noWaitAfter: true }).catch(() => undefined);
  }
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __hits: number[] }).__hits)).toEqual([]);
  expect(body).not.toMatch(/<(script|iframe|object|svg|style|form|input|body)\b/i);
  // Payload text may survive as harmless text; no URL attribute may carry a script scheme.
  expect(body).not.toMatch(/\b(href|src|action|formaction|data)\s*=\s*"\s*(javascript|vbscript|data):/i);
});
