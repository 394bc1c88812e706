import { notFound } from 'next/navigation';
import { previewPng, previewSize } from '@/lib/seo/preview-image';
import { getGuide } from '@/lib/content';

export const alt = 'The article title and the name of the site';
export const size = previewSize;
export const contentType = 'image/png';

/**
 * An article's preview is drawn when it is first asked for, not at build time: 1,000 articles'
 * previews took about a third of the build, for images that only link-sharing sites fetch, and
 * only for articles someone shares. Drawn, it is kept in memory (at most one per article) and
 * may be cached for a day. Not Next's on-demand static caching: that also saves the 404 for
 * every made-up slug to disk, so anyone could fill the disk by asking for them.
 */
export const dynamic = 'force-dynamic';

const drawn = new Map<string, Uint8Array<ArrayBuffer>>();

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  let png = drawn.get(guide.slug);
  if (!png) {
    // A step's title starts "Step 3: …"; above it the card already says "Step 3 of 3".
    png = guide.step ? await previewPng(guide.title.replace(/^Step \d+:\s*/, ''), `Step ${guide.step} of 3`) : await previewPng(guide.title, 'Guide');
    drawn.set(guide.slug, png);
  }
  return new Response(png, { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' } });
}
