import { previewPng, previewSize } from '@/lib/seo/preview-image';
import { getGuideCard, type GuideCard } from '@/lib/content';
import { STEPS } from '@/lib/content/guides';

export const alt = 'The article title and the name of the site';
export const size = previewSize;
export const contentType = 'image/png';

/**
 * An article's preview is drawn when it is first asked for, not at build time: 1,000 articles'
 * previews took about a third of the build, for images that only link-sharing sites fetch, and
 * only for articles someone shares. Drawn, it is kept in memory (at most one per article, about
 * 60 kB each) and may be cached for a day. Not Next's on-demand static caching: that also saves
 * the 404 for every made-up slug to disk, so anyone could fill the disk by asking for them.
 */
export const dynamic = 'force-dynamic';

/** Promises, so that sites fetching the same new preview at once share one drawing. */
const drawn = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

function draw(slug: string, card: GuideCard): Promise<Uint8Array<ArrayBuffer>> {
  // Keyed by what is drawn too, so a title edited while the server runs gets a new drawing.
  const key = JSON.stringify([slug, card.title, card.step]);
  let png = drawn.get(key);
  if (!png) {
    // A step's title starts "Step 3: …"; above it the card already says "Step 3 of 4".
    png = card.step ? previewPng(card.title.replace(/^Step \d+:\s*/, ''), `Step ${card.step} of ${STEPS.length}`) : previewPng(card.title, 'Guide');
    drawn.set(key, png);
    png.catch(() => drawn.delete(key));
  }
  return png;
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const card = getGuideCard(slug);
  // No such article: a 404 that no browser or CDN may keep, so a later article can use the name.
  if (!card) return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(await draw(slug, card), { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' } });
}
