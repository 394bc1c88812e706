import { previewImage, previewSize } from '@/lib/seo/preview-image';

export const alt = 'Kinds of credential compared';
export const size = previewSize;
export const contentType = 'image/png';

export default function Image() {
  return previewImage('Kinds of credential, side by side', 'Compare');
}
