import { MAX_QUERY_LENGTH } from '@/lib/search/engine';

/**
 * A plain GET form to /search/results, which the server answers, so it works without JavaScript
 * and gives shareable links. On /search the page's script takes over its submit and searches in
 * the browser (components/search/SearchIsland.tsx). `name` tells this search landmark apart from
 * any other on the page (the header's and the search page's).
 */
export function SearchForm({ id, name, defaultValue, large = false }: { id: string; name: string; defaultValue?: string; large?: boolean }) {
  return (
    <form role="search" aria-label={name} action="/search/results" method="get" className="flex flex-wrap items-end gap-2">
      <div className={large ? 'w-full max-w-xl' : ''}>
        <label htmlFor={id} className={large ? 'block font-semibold' : 'sr-only'}>
          Search the guide
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          // The header's label is hidden to save room; the placeholder says what the box is for.
          placeholder={large ? undefined : 'Search the guide'}
          className={`mt-1 w-full rounded border-2 border-zinc-500 bg-white p-2 text-zinc-900 placeholder:text-zinc-600 dark:bg-zinc-950 dark:text-zinc-100 dark:placeholder:text-zinc-400 ${large ? '' : 'max-w-48 py-1'}`}
        />
      </div>
      <button type="submit" className={large ? 'button-primary' : 'button-search'}>
        Search
      </button>
    </form>
  );
}
