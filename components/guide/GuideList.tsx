import { Link } from '@/components/layout/Link';
import type { Guide } from '@/lib/content';
import { DateText } from './DateText';

/** Articles in guide order, each with what it covers, how long it takes and when it changed. */
export function GuideList({ guides }: { guides: Guide[] }) {
  return (
    <ol className="divide-y divide-zinc-300 border-y border-zinc-300 dark:divide-zinc-700 dark:border-zinc-700">
      {guides.map((g) => (
        <li key={g.slug} className="py-5">
          <h2 className="text-xl font-bold">
            <Link href={g.href}>{g.title}</Link>
          </h2>
          <p className="mt-1">{g.description}</p>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            {g.readingMinutes} min read · Updated <DateText iso={g.updated} />
          </p>
        </li>
      ))}
    </ol>
  );
}
