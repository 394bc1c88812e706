import { previewImage, previewSize } from '@/lib/seo/preview-image';

export const alt = 'The guide: every article in reading order';
export const size = previewSize;
export const contentType = 'image/png';

export default function Image() {
  return previewImage('The guide: every article, in reading order');
}
