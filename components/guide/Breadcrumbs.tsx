import { Link } from '@/components/layout/Link';
import type { Crumb } from '@/lib/seo/json-ld';

/** Where this page sits: links to each parent; the current page (the last crumb) is named, not linked. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const parents = trail.slice(0, -1);
  const current = trail.at(-1);
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-6 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {parents.map((c) => (
          <li key={c.path} className="after:ml-2 after:content-['›'] after:text-zinc-600 dark:after:text-zinc-400">
            <Link href={c.path}>{c.name}</Link>
          </li>
        ))}
        {current ? <li aria-current="page">{current.name}</li> : null}
      </ol>
    </nav>
  );
}
