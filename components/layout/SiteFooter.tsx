import { Link } from '@/components/layout/Link';
import { footerLinks, navigation, site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-zinc-300 bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900">
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-8 text-sm text-zinc-700 dark:text-zinc-300">
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {[...navigation, ...footerLinks].map((n) => (
              <li key={n.href}>
                <Link href={n.href}>{n.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          {site.name} explains what the evidence says about short-term credentials and shows where each figure comes
          from. It does not sell courses or rank providers.
        </p>
      </div>
    </footer>
  );
}
