'use client';
import type MiniSearch from 'minisearch';
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { closestMatches, createIndex, excerpt, NEXT_STEPS, searchIndex, type Found, type Hit } from '@/lib/search/engine';

/** The most results shown at once: past these, more words narrow the search better than scrolling. */
const MAX_RESULTS = 30;
/** Up to this many, all are shown: a button to see one to five more would only add a step. */
const SHOW_ALL_UP_TO = MAX_RESULTS + 5;

/** Whether a search with this many results shows only the best MAX_RESULTS at first. */
const cutShort = (count: number) => count > SHOW_ALL_UP_TO;

const NOTHING: Found = { results: [], partial: false };

/** What the status line says about the results: how many, and whether they have every word. */
export function statusText(query: string, count: number, partial: boolean, showingAll = false): string {
  if (count === 0) return `No results for “${query}”. Try fewer or different words, or one of the pages below.`;
  const many = cutShort(count) && !showingAll;
  if (partial) {
    const shown =
      many ? `the best ${MAX_RESULTS} of ${count} results that have` : count === 1 ? 'the one result that has' : `${count} results that have`;
    return `No page has all the words in “${query}”. Showing ${shown} some of them.`;
  }
  return many ? `The best ${MAX_RESULTS} of ${count} results for “${query}”` : `${count} result${count === 1 ? '' : 's'} for “${query}”`;
}

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
    // Typing in either box searches, and the other box follows.
    const onInput = (e: Event) => {
      const q = (e.target as HTMLInputElement).value;
      setQuery(q);
      for (const box of [input, header]) if (box && box !== e.target) box.value = q;
      window.history.replaceState(null, '', q ? `/search?q=${encodeURIComponent(q)}` : '/search');
    };
    input?.addEventListener('input', onInput);
    header?.addEventListener('input', onInput);
    fetch('/search-index.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((docs: Hit[]) => setIndex(createIndex(docs)))
      .catch(() => setFailed(true));
    return () => {
      input?.removeEventListener('input', onInput);
      header?.removeEventListener('input', onInput);
    };
  }, []);

  const { results: matches, partial } = useMemo(() => (index && query ? searchIndex(index, query) : NOTHING), [index, query]);
  // "Show all" holds for the query it was asked for; a new query with many results starts with the best 30 again.
  const [allFor, setAllFor] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const results = allFor === query || !cutShort(matches.length) ? matches : matches.slice(0, MAX_RESULTS);

  if (failed) return <p role="status">Search is not working right now. Try <a href="/guides">the list of articles</a> instead.</p>;
  // Nothing until the script runs: without JavaScript the page's own notice explains.
  if (query === null) return <p role="status" />;
  if (!index) return <p role="status">Loading search…</p>;
  if (!query.trim()) return <p role="status">Type a word or phrase, such as “red flags” or “wage premium”.</p>;

  if (!matches.length) return <NoResults index={index} query={query} />;

  return (
    <div>
      <p role="status" className="font-semibold wrap-anywhere">
        {statusText(query, matches.length, partial, allFor === query)}
      </p>
      <ol ref={list} className="mt-4 divide-y divide-zinc-300 border-y border-zinc-300 dark:divide-zinc-700 dark:border-zinc-700">
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
      {results.length < matches.length ? (
        <button
          type="button"
          onClick={() => {
            // The button goes away: focus moves to the first result it brought in.
            flushSync(() => setAllFor(query));
            list.current?.querySelectorAll('a')[MAX_RESULTS]?.focus();
          }}
          className="button-secondary mt-4"
        >
          Show all {matches.length} results
        </button>
      ) : null}
    </div>
  );
}

/** A search that found nothing: the pages closest to the query, if any, and the guide's main pages. */
function NoResults({ index, query }: { index: MiniSearch<Hit>; query: string }) {
  const close = useMemo(() => closestMatches(index, query), [index, query]);
  return (
    <div className="space-y-6">
      <p role="status" className="font-semibold wrap-anywhere">
        {statusText(query, 0, false)}
      </p>
      {close.length ? (
        <section aria-labelledby="search-close">
          <h2 id="search-close" className="text-xl font-bold">
            Close to what you typed
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {close.map((r) => (
              <li key={r.id}>
                <a href={r.href}>{r.heading || r.title}</a>
                <span className="text-sm text-zinc-700 dark:text-zinc-300"> ({r.kind === r.title ? r.kind : `${r.kind}: ${r.title}`})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="search-next">
        <h2 id="search-next" className="text-xl font-bold">
          Where to look instead
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {NEXT_STEPS.map((s) => (
            <li key={s.href}>
              <a href={s.href}>{s.label}</a>: {s.about}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
