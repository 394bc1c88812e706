import { Link } from '@/components/layout/Link';
import { site } from '@/lib/site';
import { MainNav } from './MainNav';
import { SearchForm } from '../search/SearchForm';

/**
 * The name and search share the first row and the sections have the second, as on GOV.UK: on a
 * wide screen all three on one row did not fit, and the search box wrapped under the name.
 */
export function SiteHeader() {
  return (
    <header className="no-print border-b-4 border-blue-700 bg-zinc-900 text-white dark:bg-black">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
          <Link href="/" className="text-lg font-bold text-white no-underline hover:underline dark:text-white">
            {site.name}
          </Link>
          <SearchForm id="header-search" name="Site search" />
        </div>
        <MainNav />
      </div>
    </header>
  );
}
