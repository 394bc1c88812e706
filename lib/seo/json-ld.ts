import { absoluteUrl, site } from '../site';

export type Crumb = { name: string; path: string };

/** schema.org BreadcrumbList for a nested page; the last crumb is the page itself. */
export function breadcrumbList(crumbs: Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: absoluteUrl(c.path) })),
  };
}

/** schema.org Article with the fields Google reads for articles. */
export function articleJsonLd(a: { title: string; description: string; path: string; published: string; modified: string }) {
  const organization = { '@type': 'Organization', name: site.name, url: absoluteUrl('/') };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    datePublished: a.published,
    dateModified: a.modified,
    mainEntityOfPage: absoluteUrl(a.path),
    image: [absoluteUrl(`${a.path}/opengraph-image`)],
    author: organization,
    publisher: organization,
  };
}

/** JSON for a data `<script>` (JSON-LD, island props), with `<` escaped so text can never close the element. */
export const scriptJsonText = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
