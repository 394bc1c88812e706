import type { SourceRef } from '@/lib/tools/claims';
import { formatPartialDate } from '@/lib/site';

/** "Source: <title>, <publisher>, <date>", linked where the source has an address. */
export function SourceNote({ sources }: { sources: SourceRef[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="text-sm">
      {sources.length === 1 ? 'Source: ' : 'Sources: '}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? '; ' : null}
          {s.url ? (
            <a href={s.url} rel="external noopener noreferrer">
              {s.title}
              <span className="sr-only"> (external site)</span>
            </a>
          ) : (
            s.title
          )}
          , {s.publisher}
          {s.date ? `, ${formatPartialDate(s.date)}` : ''}
        </span>
      ))}
    </p>
  );
}
