import { describe, expect, it } from 'vitest';
import { pagePathOf, withCurrentNav } from '@/lib/finish/current-nav';

const header = '<nav aria-label="Main"><a href="/guides" data-nav="/guides">The guide</a><a href="/checklist" data-nav="/checklist">Checklist</a></nav>';

describe('pagePathOf', () => {
  it('gives the address a prerendered file is served at', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('guides.html')).toBe('/guides');
    expect(pagePathOf('guides/red-flags.html')).toBe('/guides/red-flags');
    expect(pagePathOf('checklist\\compare.html')).toBe('/checklist/compare');
  });
});

describe('withCurrentNav', () => {
  it('marks the link to the page itself as the current page', () => {
    expect(withCurrentNav(header, '/checklist')).toBe(header.replace('<a href="/checklist" data-nav', '<a href="/checklist" aria-current="page" data-nav'));
  });
  it('marks the link to the section a page is in as current', () => {
    const html = withCurrentNav(header, '/guides/red-flags');
    expect(html).toContain('<a href="/guides" aria-current="true" data-nav="/guides">');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });
  it('marks nothing on a page outside the navigation, or one that only shares a prefix', () => {
    for (const page of ['/', '/search', '/_not-found', '/guidesx', '/checklists']) expect(withCurrentNav(header, page), page).toBe(header);
  });
});
