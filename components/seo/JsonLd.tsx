import { scriptJsonText } from '@/lib/seo/json-ld';

/** Structured data for search engines; a data block, never executed as script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJsonText(data) }} />;
}
