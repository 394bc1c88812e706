'use client';
import { usePathname } from 'next/navigation';
import { Link } from '@/components/layout/Link';
import { navigation } from '@/lib/site';

/**
 * How a header link relates to the page at `pathname`: the page itself ("page"), the section
 * the page is in ("true": /guides for /guides/red-flags), or neither. Screen readers say
 * "current page" or "current"; CSS shows both.
 */
export function currentMark(href: string, pathname: string): 'page' | 'true' | undefined {
  if (href === pathname) return 'page';
  if (href !== '/' && pathname.startsWith(`${href}/`)) return 'true';
  return undefined;
}

/**
 * The header's section links, marked while the page renders: the root layout is rendered
 * once for every page, and only a client component can ask which page that is. It is never
 * hydrated in the production build (no page carries Next's runtime); it needs no script.
 */
export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {navigation.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={currentMark(item.href, pathname)} className="text-white underline-offset-4 dark:text-white">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
