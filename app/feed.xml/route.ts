import { Feed } from 'feed';
import { getGuides } from '@/lib/content';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** RSS 2.0 feed of the guide's articles, newest change first. */
export function GET() {
  const guides = [...getGuides()].sort((a, b) => b.updated.localeCompare(a.updated) || a.order - b.order);
  const feed = new Feed({
    title: site.name,
    description: site.tagline,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: 'en-US',
    copyright: `${site.name}`,
    updated: guides[0] ? new Date(`${guides[0].updated}T00:00:00Z`) : new Date(0),
    feedLinks: { rss: absoluteUrl('/feed.xml') },
  });
  for (const g of guides) {
    feed.addItem({
      title: g.title,
      id: absoluteUrl(g.href),
      link: absoluteUrl(g.href),
      description: g.description,
      date: new Date(`${g.updated}T00:00:00Z`),
      published: new Date(`${g.published}T00:00:00Z`),
      category: g.tags.map((name) => ({ name })),
    });
  }
  return new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
