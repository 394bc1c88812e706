import { previewImage, previewSize } from '@/lib/seo/preview-image';

export const alt = 'Microcredential Guide: is a microcredential worth it for you?';
export const size = previewSize;
export const contentType = 'image/png';

export default function Image() {
  return previewImage('Is a microcredential worth it for you?');
}
