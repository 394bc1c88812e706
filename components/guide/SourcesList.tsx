import type { Source } from '@/lib/content';
import { sourceAnchor } from '@/lib/markdown/citations';
import { formatPartialDate } from '@/lib/site';

const kindLabel: Record<Source['kind'], string> = {
  law: 'Law or rule',
  guidance: 'Official guidance',
  'government-data': 'Government data',
  enforcement: 'Enforcement case',
  standard: 'Standards body',
  research: 'Research',
  survey: 'Survey',
  news: 'News',
};

/** The numbered sources at the end of an article; number n matches citation [n] in the text. */
export function SourcesList({ id, sources, allSources }: { id: string; sources: Source[]; allSources: Source[] }) {
  if (sources.length === 0) return null;
  const byId = new Map(allSources.map((s) => [s.id, s]));
  return (
    <section aria-labelledby={id} className="mt-12 border-t border-zinc-300 pt-6 dark:border-zinc-700">
      <h2 id={id} className="mb-4 text-2xl font-bold">Sources</h2>
      <ol className="list-decimal space-y-4 pl-6">
        {sources.map((s) => {
          const via = s.reportedIn ? byId.get(s.reportedIn) : undefined;
          return (
            <li key={s.id} id={sourceAnchor(s.id)} className="pl-1">
              <p>
                {s.url ? <a href={s.url} rel="external noopener noreferrer">{s.title}</a> : <cite className="not-italic font-semibold">{s.title}</cite>}
                {'. '}
                {s.author ? `${s.author}, ` : ''}
                {s.publisher}
                {s.date ? `, ${formatPartialDate(s.date)}` : ''}. <span className="text-zinc-700 dark:text-zinc-300">{kindLabel[s.kind]}.</span>
              </p>
              {s.surveyed ? <p className="text-sm">Who was asked: {s.surveyed}</p> : null}
              {via ? <p className="text-sm">We know it through: {via.title} ({via.publisher}{via.date ? `, ${formatPartialDate(via.date)}` : ''}).</p> : null}
              {s.note ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{s.note}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
