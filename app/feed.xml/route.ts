import { Feed, type Item } from 'feed';
import { WHAT_CHANGED_ID } from '@/lib/content/guides';
import { getGuides } from '@/lib/content';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * RSS 2.0 feed, newest first: one entry per article, and one per dated change in an article's
 * `changes`, linking to its "What changed" list, so a reader who follows the feed learns when
 * advice changes.
 */
export function GET() {
  const guides = getGuides();
  const items: Item[] = guides.flatMap((g) => [
    {
      title: g.title,
      id: absoluteUrl(g.href),
      link: absoluteUrl(g.href),
      description: g.description,
      date: day(g.updated),
      published: day(g.published),
      category: g.tags.map((name) => ({ name })),
    },
    ...g.changes.map((c, i) => ({
      title: `What changed in “${g.title}”`,
      // Counted from the oldest change, so an entry keeps its id when newer ones are added above it.
      id: `${absoluteUrl(g.href)}#change-${c.date}-${g.changes.length - i}`,
      link: absoluteUrl(`${g.href}#${WHAT_CHANGED_ID}`),
      description: c.text,
      date: day(c.date),
      category: g.tags.map((name) => ({ name })),
    })),
  ]);
  // RSS shows an item's `published` date where it has one (an article), else its `date` (a change):
  // sort by the date a reader sees.
  const shownDate = (item: Item) => (item.published ?? item.date).getTime();
  items.sort((a, b) => shownDate(b) - shownDate(a));
  const feed = new Feed({
    title: site.name,
    description: site.tagline,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: 'en-US',
    copyright: `${site.name}`,
    updated: new Date(Math.max(0, ...items.map((i) => i.date.getTime()))),
    feedLinks: { rss: absoluteUrl('/feed.xml') },
  });
  for (const item of items) feed.addItem(item);
  return new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
