import type { TocEntry } from '@/lib/content';

/** "On this page": links to the article's sections, nested one level for ### headings. */
export function TableOfContents({ entries, sourcesId }: { entries: TocEntry[]; sourcesId?: string }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="no-print rounded border-l-4 border-zinc-400 bg-zinc-50 p-4 dark:border-zinc-500 dark:bg-zinc-900">
      <h2 id="toc-heading" className="mb-2 text-base font-bold">On this page</h2>
      <ol className="space-y-1">
        {entries.map((e) => (
          <li key={e.id} className={e.depth === 3 ? 'pl-5 text-sm' : undefined}>
            <a href={`#${e.id}`}>{e.text}</a>
          </li>
        ))}
        {sourcesId ? (
          <li>
            <a href={`#${sourcesId}`}>Sources</a>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
