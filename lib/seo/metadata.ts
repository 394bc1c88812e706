import type { Metadata } from 'next';
import { site } from '../site';

/** The RSS feed, announced on every page so feed readers find it. */
export const feedAlternate = { 'application/rss+xml': [{ url: '/feed.xml', title: `${site.name}: new and updated articles` }] };

type PageMeta = {
  title: string;
  description: string;
  /** Site path, e.g. `/guides/red-flags`: the canonical and og:url. */
  path: string;
  /**
   * The page's 1200 × 630 preview: the path of the nearest `opengraph-image` route. Stated
   * here because a page's own openGraph replaces the image a root-level file would add.
   */
  image: { path: string; alt: string };
  /** Articles get og:type article with their dates and tags. */
  article?: { published: string; modified: string; tags: string[] };
  /** Use the title as is, without "| site name". */
  absoluteTitle?: boolean;
  /** Keep out of search engines: pages that show only the reader's own data. */
  noindex?: boolean;
};

/**
 * One page's metadata: title, description, canonical, Open Graph and Twitter card. Next merges
 * openGraph shallowly, so each page states all of it through this one function.
 */
export function pageMetadata({ title, description, path, image, article, absoluteTitle, noindex }: PageMeta): Metadata {
  const fullTitle = absoluteTitle ? title : `${title} | ${site.name}`;
  const images = [{ url: image.path, width: 1200, height: 630, alt: image.alt, type: 'image/png' }];
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path, types: feedAlternate },
    openGraph: {
      title: fullTitle,
      description,
      url: path,
      siteName: site.name,
      locale: 'en_US',
      images,
      ...(article
        ? { type: 'article', publishedTime: article.published, modifiedTime: article.modified, tags: article.tags }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
