import { previewImage, previewSize } from '@/components/seo/PreviewImage';

export const alt = 'Microcredential Guide: is a microcredential worth it for you?';
export const size = previewSize;
export const contentType = 'image/png';

export default function Image() {
  return previewImage('Is a microcredential worth it for you?');
}
