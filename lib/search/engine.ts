import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { SearchDocument } from './documents';

/**
 * How site search indexes and queries the documents from /search-index.json. Pure and free of
 * server code: the /search island runs it in the browser, and the unit tests run the same code.
 */

/** The fields of a document the island keeps for showing a result. */
export type Hit = Pick<SearchDocument, 'id' | 'kind' | 'title' | 'heading' | 'href' | 'text'>;

const searchOptions: SearchOptions = { boost: { heading: 3, title: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' };

/** A MiniSearch index over the documents. */
export function createIndex(docs: readonly Hit[]): MiniSearch<Hit> {
  const index = new MiniSearch<Hit>({
    fields: ['title', 'heading', 'text'],
    storeFields: ['kind', 'title', 'heading', 'href', 'text'],
    searchOptions,
  });
  index.addAll(docs);
  return index;
}

/** Every document matching all the words of the query, best first. */
export function searchIndex(index: MiniSearch<Hit>, query: string): SearchResult[] {
  return index.search(query);
}

/** About 200 characters of the text, starting a little before the first matched term. */
export function excerpt(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), Infinity);
  // Start a little before the first match, at the beginning of a word.
  const rough = Number.isFinite(at) ? Math.max(0, at - 60) : 0;
  const start = rough === 0 ? 0 : text.indexOf(' ', rough) + 1 || rough;
  const slice = text.slice(start, start + 200);
  return `${start > 0 ? '…' : ''}${slice}${start + 200 < text.length ? '…' : ''}`;
}
