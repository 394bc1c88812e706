'use client';
import type MiniSearch from 'minisearch';
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { answerQuery, createIndex, type Hit } from '@/lib/search/engine';
import { EMPTY_QUERY_TEXT, MAX_RESULTS, SearchResults } from './SearchResults';

/**
 * The /search page's results: loads the build-time index and searches it in the browser as the
 * reader types; the query lives in ?q= so results can be shared. The search forms send their
 * query to /search/results, which the server answers; on this page the island takes over their
 * submit, so the results stay here and instant.
 */
export function SearchIsland() {
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
    const boxes = [input, header];
    // Typing in either box searches, and the other box follows.
    const onInput = (e: Event) => {
      const q = (e.target as HTMLInputElement).value;
      setQuery(q);
      for (const box of boxes) if (box && box !== e.target) box.value = q;
      window.history.replaceState(null, '', q ? `/search?q=${encodeURIComponent(q)}` : '/search');
    };
    // Pressing Enter or Search keeps the reader here: typing has already searched for what is in the box.
    const onSubmit = (e: Event) => e.preventDefault();
    for (const box of boxes) {
      box?.addEventListener('input', onInput);
      box?.form?.addEventListener('submit', onSubmit);
    }
    const releaseForms = () => {
      for (const box of boxes) box?.form?.removeEventListener('submit', onSubmit);
    };
    fetch('/search-index.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((docs: Hit[]) => setIndex(createIndex(docs)))
      .catch(() => {
        setFailed(true);
        // The forms then go to the server's results page, which needs no script.
        releaseForms();
      });
    return () => {
      releaseForms();
      for (const box of boxes) box?.removeEventListener('input', onInput);
    };
  }, []);

  const answer = useMemo(() => (index && query ? answerQuery(index, query) : null), [index, query]);
  // "Show all" holds for the query it was asked for; a new query with many results starts with the best 30 again.
  const [allFor, setAllFor] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  if (failed) return <p role="status">Search could not load here. Press Search to get the results from our server.</p>;
  // Nothing until the script runs: without JavaScript the page's own notice explains.
  if (query === null) return <p role="status" />;
  if (!index) return <p role="status">Loading search…</p>;
  if (!query.trim() || !answer) return <p role="status">{EMPTY_QUERY_TEXT}</p>;

  return (
    <SearchResults
      query={query}
      answer={answer}
      showingAll={allFor === query}
      listRef={list}
      more={(total) => (
        <button
          type="button"
          onClick={() => {
            // The button goes away: focus moves to the first result it brought in.
            flushSync(() => setAllFor(query));
            list.current?.querySelectorAll('a')[MAX_RESULTS]?.focus();
          }}
          className="button-secondary mt-4"
        >
          Show all {total} results
        </button>
      )}
    />
  );
}
