import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { currentMark } from '@/components/layout/MainNav';
import { HOME, PageFrame, sectionCrumb } from '@/components/layout/PageFrame';
import { site } from '@/lib/site';

describe('currentMark', () => {
  it('marks the link to the page itself as the current page', () => {
    expect(currentMark('/checklist', '/checklist')).toBe('page');
  });
  it('marks the link to the section a page is in as current', () => {
    expect(currentMark('/guides', '/guides/red-flags')).toBe('true');
    expect(currentMark('/checklist', '/checklist/compare')).toBe('true');
  });
  it('marks nothing else: not a section whose name only starts the same, and never Home for every page', () => {
    expect(currentMark('/guides', '/guidesx')).toBeUndefined();
    expect(currentMark('/glossary', '/guides/red-flags')).toBeUndefined();
    expect(currentMark('/', '/guides')).toBeUndefined();
  });
});

describe('PageFrame', () => {
  const trail = [HOME, sectionCrumb('/guides'), { name: 'Step 3: Watch for red flags', path: '/guides/red-flags' }];
  const html = renderToStaticMarkup(createElement(PageFrame, { trail }));

  it('names each section as the header does', () => {
    expect(sectionCrumb('/guides')).toEqual({ name: 'The guide', path: '/guides' });
  });

  it('links each parent and names the page itself, not linked', () => {
    expect(html).toContain('<a href="/">Home</a>');
    expect(html).toContain('<a href="/guides">The guide</a>');
    expect(html).toContain('<li aria-current="page">Step 3: Watch for red flags</li>');
    expect(html).not.toContain('href="/guides/red-flags"');
  });

  it('writes the same trail as BreadcrumbList structured data, a data block of the site’s own', () => {
    const json = /<script type="application\/ld\+json" data-site="">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json).itemListElement).toEqual(
      trail.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: `${site.origin}${c.path}` })),
    );
  });
});
