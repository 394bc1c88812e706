import type { Guide } from '@/lib/content';
import { DateText } from './DateText';

export function ArticleMeta({ guide }: { guide: Guide }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
      <dt className="font-semibold">Published</dt>
      <dd><DateText iso={guide.published} /></dd>
      {/* Only when it differs: three equal dates in a row read as noise. */}
      {guide.updated !== guide.published ? (
        <>
          <dt className="font-semibold">Updated</dt>
          <dd><DateText iso={guide.updated} /></dd>
        </>
      ) : null}
      <dt className="font-semibold">Last reviewed</dt>
      <dd><DateText iso={guide.reviewed} /></dd>
      <dt className="font-semibold">Reading time</dt>
      <dd>{guide.readingMinutes} min ({guide.wordCount.toLocaleString('en-US')} words)</dd>
    </dl>
  );
}
