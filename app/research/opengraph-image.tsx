import { previewImage, previewSize } from '@/lib/seo/preview-image';

export const alt = 'What employers say about microcredentials';
export const size = previewSize;
export const contentType = 'image/png';

export default function Image() {
  return previewImage('What employers say about microcredentials', 'Research');
}
