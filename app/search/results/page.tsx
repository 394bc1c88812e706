import type { Metadata } from 'next';
import { SearchForm } from '@/components/search/SearchForm';
import { EMPTY_QUERY_TEXT, MAX_RESULTS, SearchResults } from '@/components/search/SearchResults';
import { answerQuery } from '@/lib/search/engine';
import { readSearchRequest, resultsHref } from '@/lib/search/request';
import { siteSearchIndex } from '@/lib/search/site-index';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Search results',
  description: 'What the guide’s articles and the pre-enrollment checklist say about your search.',
  path: '/search/results',
  image: { path: '/opengraph-image', alt: 'Microcredential Guide: is a microcredential worth it for you?' },
  noindex: true,
});

/**
 * Search results rendered by the server, for the search forms' GET (components/search/SearchForm.tsx):
 * the same engine, index documents and result component as the /search page's script, so a
 * reader without JavaScript gets the same results. Reading the query makes the page render on
 * request. No script may run here (next.config.ts sends a policy with `script-src 'none'`): it is
 * a plain page of links and one form.
 */
export default async function SearchResultsPage({ searchParams }: PageProps<'/search/results'>) {
  const { query, showAll, problem } = readSearchRequest(await searchParams);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold sm:text-4xl">Search results</h1>
      <SearchForm id="search-page-input" name="Search the guide" defaultValue={query} large />
      {problem ? (
        <p role="alert" className="border-l-4 border-amber-600 p-3">
          {problem}
        </p>
      ) : query.trim() ? (
        <SearchResults
          query={query}
          answer={answerQuery(siteSearchIndex(), query)}
          showingAll={showAll}
          more={(total) => (
            // Lands on the first result the short list left out.
            <a href={`${resultsHref(query, true)}#result-${MAX_RESULTS + 1}`} className="button-secondary mt-4 inline-block no-underline">
              Show all {total} results
            </a>
          )}
        />
      ) : (
        <p role="status">{EMPTY_QUERY_TEXT}</p>
      )}
    </div>
  );
}
