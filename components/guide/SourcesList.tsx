import type { Source } from '@/lib/content';
import { sourceAnchor } from '@/lib/markdown/citations';
import { Link } from '@/components/layout/Link';
import { SourceEntry } from '@/components/sources/SourceEntry';

/** The numbered sources at the end of an article; number n matches citation [n] in the text. */
export function SourcesList({ id, sources, allSources }: { id: string; sources: Source[]; allSources: Source[] }) {
  if (sources.length === 0) return null;
  const byId = new Map(allSources.map((s) => [s.id, s]));
  const listed = new Set(sources.map((s) => s.id));
  return (
    <section aria-labelledby={id} className="mt-12 border-t border-zinc-300 pt-6 dark:border-zinc-700">
      <h2 id={id} className="mb-4 text-2xl font-bold">Sources</h2>
      <ol className="list-decimal space-y-4 pl-6">
        {sources.map((s) => {
          const via = s.reportedIn ? byId.get(s.reportedIn) : undefined;
          // The source it was reported in: in this list when the page cites it, or on /sources.
          const viaHref = via ? `${listed.has(via.id) ? '' : '/sources'}#${sourceAnchor(via.id)}` : undefined;
          return (
            <li key={s.id} id={sourceAnchor(s.id)} className="pl-1">
              <SourceEntry source={s} via={via} viaHref={viaHref} />
            </li>
          );
        })}
      </ol>
      <p className="mt-4 text-sm">
        <Link href="/sources">Every source the guide uses</Link>, grouped by kind.
      </p>
    </section>
  );
}
