import type { Metadata } from 'next';
import { SearchForm } from '@/components/search/SearchForm';
import { pageMetadata } from '@/lib/seo/metadata';
import { Island } from '@/components/island/Island';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search the guide’s articles and the pre-enrollment checklist.',
  path: '/search',
  image: { path: '/opengraph-image', alt: 'Microcredential Guide: is a microcredential worth it for you?' },
  noindex: true,
});

export default function SearchPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold sm:text-4xl">Search</h1>
      <SearchForm id="search-page-input" name="Search the guide" large />
      <noscript>
        <p>Type what you are looking for and press Search. The results open on a page of their own.</p>
      </noscript>
      <Island name="search" />
    </div>
  );
}
