import { Link } from '@/components/layout/Link';
import type { Guide } from '@/lib/content';

export function PreviousNext({ previous, next }: { previous?: Guide; next?: Guide }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next articles" className="no-print mt-12 grid gap-4 border-t border-zinc-300 pt-6 sm:grid-cols-2 dark:border-zinc-700">
      {previous ? (
        <Link href={previous.href} rel="prev" className="block rounded border border-zinc-300 p-4 dark:border-zinc-700">
          <span className="block text-sm text-zinc-700 dark:text-zinc-300">Previous</span>
          <span className="font-semibold">{previous.title}</span>
        </Link>
      ) : <span />}
      {next ? (
        <Link href={next.href} rel="next" className="block rounded border border-zinc-300 p-4 text-right dark:border-zinc-700">
          <span className="block text-sm text-zinc-700 dark:text-zinc-300">Next</span>
          <span className="font-semibold">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
