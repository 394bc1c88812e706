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
  return previewImage(guide?.title ?? 'Microcredential Guide', guide?.step ? `Step ${guide.step} of 3` : 'Guide');
}
