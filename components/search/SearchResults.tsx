'use client';
import type MiniSearch from 'minisearch';
import { useEffect, useMemo, useState } from 'react';
import { createIndex, excerpt, searchIndex, type Hit } from '@/lib/search/engine';

/** The most results shown at once: past these, more words narrow the search better than scrolling. */
const MAX_RESULTS = 30;

/** Loads the build-time index and searches it in the browser; the query lives in ?q= so results can be shared. */
export function SearchResults() {
  const [query, setQuery] = useState<string | null>(null);
  const [index, setIndex] = useState<MiniSearch<Hit> | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    setQuery(initial);
    // The page is prerendered without the query; show it in the box once we know it.
    const input = document.getElementById('search-page-input') as HTMLInputElement | null;
    if (input && !input.value) input.value = initial;
    // The header's box too, on arrival and as the reader types, so the two boxes never disagree.
    const header = document.getElementById('header-search') as HTMLInputElement | null;
    if (header && !header.value) header.value = initial;
    const onInput = () => {
      const q = input?.value ?? '';
      setQuery(q);
      if (header) header.value = q;
      window.history.replaceState(null, '', q ? `/search?q=${encodeURIComponent(q)}` : '/search');
    };
    input?.addEventListener('input', onInput);
    fetch('/search-index.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((docs: Hit[]) => setIndex(createIndex(docs)))
      .catch(() => setFailed(true));
    return () => input?.removeEventListener('input', onInput);
  }, []);

  const matches = useMemo(() => (index && query ? searchIndex(index, query) : []), [index, query]);
  const results = matches.slice(0, MAX_RESULTS);

  if (failed) return <p role="status">Search is not working right now. Try <a href="/guides">the list of articles</a> instead.</p>;
  // Nothing until the script runs: without JavaScript the page's own notice explains.
  if (query === null) return <p role="status" />;
  if (!index) return <p role="status">Loading search…</p>;
  if (!query.trim()) return <p role="status">Type a word or phrase, such as “red flags” or “wage premium”.</p>;

  return (
    <div>
      <p role="status" className="font-semibold">
        {matches.length === 0
          ? `No results for “${query}”. Try fewer or different words.`
          : matches.length > MAX_RESULTS
            ? `The best ${MAX_RESULTS} of ${matches.length} results for “${query}”`
            : `${matches.length} result${matches.length === 1 ? '' : 's'} for “${query}”`}
      </p>
      <ol className="mt-4 divide-y divide-zinc-300 border-y border-zinc-300 dark:divide-zinc-700 dark:border-zinc-700">
        {results.map((r) => (
          <li key={r.id} className="py-4">
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              {r.kind === r.title ? r.kind : `${r.kind}: ${r.title}`}
            </p>
            <h2 className="text-lg font-bold">
              <a href={r.href}>{r.heading || r.title}</a>
            </h2>
            <p className="text-sm">{excerpt(String(r.text), r.terms)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
