import { DateText } from './DateText';

/** "Last reviewed March 2, 2026" under a page's heading: when an editor last checked it against its sources. */
export function LastReviewed({ iso }: { iso: string }) {
  return (
    <p className="last-reviewed mt-2 text-sm text-zinc-700 dark:text-zinc-300">
      Last reviewed <DateText iso={iso} />
    </p>
  );
}
