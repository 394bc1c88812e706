import { SITE_SCRIPT_ATTRIBUTE } from '@/lib/finish/allow-list';
import { scriptJsonText } from '@/lib/seo/json-ld';

/** Structured data for search engines; a data block, never executed as script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" {...{ [SITE_SCRIPT_ATTRIBUTE]: '' }} dangerouslySetInnerHTML={{ __html: scriptJsonText(data) }} />;
}
