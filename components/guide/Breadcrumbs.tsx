import { Link } from '@/components/layout/Link';

export type Crumb = { href: string; label: string };

/** Where this page sits: links to each parent; the current page is named, not linked. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-6 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((c) => (
          <li key={c.href} className="after:ml-2 after:content-['›'] after:text-zinc-600 dark:after:text-zinc-400">
            <Link href={c.href}>{c.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
