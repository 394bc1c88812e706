import { previewImage, previewSize } from '@/lib/seo/preview-image';

export const alt = 'Glossary of microcredential terms';
export const size = previewSize;
export const contentType = 'image/png';

export default function Image() {
  return previewImage('Glossary: the words you will meet, in plain English', 'Glossary');
}
