import { previewImage, previewSize } from '@/lib/seo/preview-image';
import { getGuide, getGuides } from '@/lib/content';

export const alt = 'The article title and the name of the site';
export const size = previewSize;
export const contentType = 'image/png';
export const dynamicParams = false;

export function generateStaticParams() {
  return getGuides().map((g) => ({ slug: g.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const guide = getGuide((await params).slug);
  if (!guide) return previewImage('Microcredential Guide', 'Guide');
  // A step's title starts "Step 3: …"; above it the card already says "Step 3 of 3".
  if (guide.step) return previewImage(guide.title.replace(/^Step \d+:\s*/, ''), `Step ${guide.step} of 3`);
  return previewImage(guide.title, 'Guide');
}
