import { previewImage, previewSize } from '@/lib/seo/preview-image';

export const alt = 'Check a program before you enroll';
export const size = previewSize;
export const contentType = 'image/png';

export default function Image() {
  return previewImage('Check a program before you enroll', 'Pre-enrollment checklist');
}
