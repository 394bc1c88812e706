import type { SearchResult } from 'minisearch';
import type { ReactNode, Ref } from 'react';
import { excerpt, highlight, NEXT_STEPS, type Answer } from '@/lib/search/engine';

/**
 * What a search shows under its box, the same on /search (the island, in the browser) and on
 * /search/results (rendered by the server, for a reader without JavaScript): one component, fed
 * by one engine (lib/search/engine.ts), so the two never disagree.
 */

/** The most results shown at once: past these, more words narrow the search better than scrolling. */
export const MAX_RESULTS = 30;
/** Up to this many, all are shown: a button to see one to five more would only add a step. */
const SHOW_ALL_UP_TO = MAX_RESULTS + 5;

/** Whether a search with this many results shows only the best MAX_RESULTS at first. */
export const cutShort = (count: number) => count > SHOW_ALL_UP_TO;

/** What a search box with nothing in it gets, on either page. */
export const EMPTY_QUERY_TEXT = 'Type a word or phrase, such as “red flags” or “wage premium”.';

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

/** The text with each word the search matched in a <mark>, built as React elements (never as HTML). */
export function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  // Every other run is a matched word.
  return highlight(text, terms).map((run, i) => (i % 2 ? <mark key={i}>{run}</mark> : run));
}

/** Where a result comes from, said once when the two are the same ("Kind of credential"). */
const from = (r: SearchResult): string => (r.kind === r.title ? r.kind : `${r.kind}: ${r.title}`);
/** What a result's link says: the section or question, or the page's title for its opening. */
const linkText = (r: SearchResult): string => r.heading || r.title;

/**
 * The results of a search for `query`, best first, or the suggestions when it found nothing.
 * When only the best MAX_RESULTS are shown, `more` renders the control that shows them all (a
 * button in the browser, a link on the server's page); `showingAll` says it was used.
 */
export function SearchResults({
  query,
  answer,
  showingAll,
  more,
  listRef,
}: {
  query: string;
  answer: Answer;
  showingAll: boolean;
  more: (total: number) => ReactNode;
  listRef?: Ref<HTMLOListElement>;
}) {
  const { results: matches, partial, close } = answer;
  if (!matches.length) return <NoResults query={query} close={close} />;
  const results = showingAll || !cutShort(matches.length) ? matches : matches.slice(0, MAX_RESULTS);
  return (
    <div>
      <p role="status" className="font-semibold wrap-anywhere">
        {statusText(query, matches.length, partial, showingAll)}
      </p>
      <ol ref={listRef} className="mt-4 divide-y divide-zinc-300 border-y border-zinc-300 dark:divide-zinc-700 dark:border-zinc-700">
        {results.map((r, i) => (
          <li key={r.id} id={`result-${i + 1}`} className="py-4">
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{from(r)}</p>
            <h2 className="text-lg font-bold">
              <a href={r.href}>
                <Marked text={linkText(r)} terms={r.terms} />
              </a>
            </h2>
            <p className="text-sm">
              <Marked text={excerpt(String(r.text), r.terms)} terms={r.terms} />
            </p>
          </li>
        ))}
      </ol>
      {results.length < matches.length ? more(matches.length) : null}
    </div>
  );
}

/** A search that found nothing: the pages closest to the query, if any, and the guide's main pages. */
function NoResults({ query, close }: { query: string; close: readonly SearchResult[] }) {
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
                <a href={r.href}>
                  <Marked text={linkText(r)} terms={r.terms} />
                </a>
                <span className="text-sm text-zinc-700 dark:text-zinc-300"> ({from(r)})</span>
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
