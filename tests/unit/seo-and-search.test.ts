import { describe, expect, it } from 'vitest';
import { getSearchDocuments } from '@/lib/search/documents';
import { renderMarkdown } from '@/lib/markdown/render';
import { articleJsonLd, breadcrumbList, scriptJsonText } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

describe('sections for search', () => {
  it('splits the body at ## and ### headings, without citation marks or anchor text', () => {
    const { sections } = renderMarkdown('Opening words{cite:a}.\n\n## First part\n\nAlpha beta.\n\n### Detail\n\nGamma.\n\n## Second\n\n- one\n- two');
    expect(sections).toEqual([
      { id: '', heading: '', text: 'Opening words.' },
      { id: 'first-part', heading: 'First part', text: 'Alpha beta.' },
      { id: 'detail', heading: 'Detail', text: 'Gamma.' },
      { id: 'second', heading: 'Second', text: 'one two' },
    ]);
  });
});

describe('search documents from the real content', () => {
  const docs = getSearchDocuments();
  it('has a document for every article section, linking straight to its heading', () => {
    const mesa = docs.find((d) => d.heading === 'One example: Mesa Community College and Boeing');
    expect(mesa).toMatchObject({ kind: 'Guide', href: '/guides/research-the-program#one-example-mesa-community-college-and-boeing' });
    expect(mesa?.text).toMatch(/Boeing/);
  });
  it('has a document for every checklist question', () => {
    const questions = docs.filter((d) => d.kind === 'Checklist');
    expect(questions.length).toBeGreaterThanOrEqual(15);
    expect(questions.every((q) => q.href.startsWith('/checklist#item-'))).toBe(true);
  });
  it('has a document for every glossary term, linking to its entry', () => {
    const premium = docs.find((d) => d.kind === 'Glossary' && /wage premium/i.test(d.heading));
    expect(premium?.href).toMatch(/^\/glossary#/);
    expect(premium?.text.length).toBeGreaterThan(20);
  });
  it('gives every document a unique id', () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });
});

describe('structured data', () => {
  it('escapes < so page text can never close the script element', () => {
    expect(scriptJsonText({ headline: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(scriptJsonText({ headline: '</script>' }))).toEqual({ headline: '</script>' });
  });
  it('numbers breadcrumbs from 1 with absolute addresses', () => {
    const list = breadcrumbList([{ name: 'Home', path: '/' }, { name: 'The guide', path: '/guides' }]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'http://localhost:3000/' },
      { '@type': 'ListItem', position: 2, name: 'The guide', item: 'http://localhost:3000/guides' },
    ]);
  });
  it('describes an article with the fields search engines read', () => {
    expect(articleJsonLd({ title: 'T', description: 'D', path: '/guides/t', published: '2024-01-01', modified: '2024-02-01' })).toMatchObject({
      '@type': 'Article',
      headline: 'T',
      datePublished: '2024-01-01',
      dateModified: '2024-02-01',
      mainEntityOfPage: 'http://localhost:3000/guides/t',
    });
  });
});

describe('pageMetadata', () => {
  it('gives articles og:type article with their dates, and other pages website', () => {
    const image = { path: '/x/opengraph-image', alt: 'x' };
    const article = pageMetadata({ title: 'A', description: 'd', path: '/guides/a', image, article: { published: '2024-01-01', modified: '2024-02-01', tags: ['t'] } });
    expect(article.openGraph).toMatchObject({ type: 'article', publishedTime: '2024-01-01', modifiedTime: '2024-02-01', title: 'A | Microcredential Guide' });
    expect(article.alternates?.canonical).toBe('/guides/a');
    expect(pageMetadata({ title: 'B', description: 'd', path: '/b', image }).openGraph).toMatchObject({ type: 'website' });
    expect(pageMetadata({ title: 'B', description: 'd', path: '/b', image, noindex: true }).robots).toEqual({ index: false, follow: true });
  });
});
