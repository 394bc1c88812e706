import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import { stemmer } from 'stemmer';
import type { SearchDocument } from './documents';

/**
 * How site search indexes and queries the documents from /search-index.json. Pure and free of
 * server code: the /search island runs it in the browser, and the unit tests run the same code.
 */

/** The fields of a document the island keeps for showing a result. */
export type Hit = Pick<SearchDocument, 'id' | 'kind' | 'title' | 'heading' | 'href' | 'text'>;

/** MiniSearch's own word splitting (on spaces and punctuation), used for queries too. */
const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
/** A word as that tokenizer cuts them, for finding matches in a result's text. */
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/**
 * Marks a stem in the index. Stems live apart from words, so the word typed keeps its prefix and
 * typo matching against words only, as before stemming: it finds what it always found, and a
 * typo allowance cannot reach a stem ("cost" does not match "post", the stem of "postings"). The
 * tokenizer splits on "_", so no word starts with it; three of them put a stem beyond the one or
 * two typos allowed to words under 13 letters.
 */
const STEM = '___';

/**
 * The terms one word is indexed and searched under: the word in lower case, and its Porter stem
 * ("badges" → badges, ___badg; "badge" → badge, ___badg). The same function runs at indexing and
 * at query time, so word forms meet at the stem. The word is kept so that a half-typed word
 * still finds its completions by prefix ("certificat" is not a prefix of the stem "certif"), and
 * a document with the exact form typed scores above one with another form of it.
 */
export function processTerm(term: string): string[] {
  return term ? formAndStem(term) : [];
}

function formAndStem(term: string): [form: string, stem: string] {
  const form = term.toLowerCase();
  return [form, STEM + stemmer(form)];
}

/** Stems shorter than this match only whole: as prefixes, "wa" (was) or "thi" (this) would match almost anything. */
const MIN_STEM_PREFIX = 4;

const isStem = (term: string) => term.startsWith(STEM);

/**
 * The word keeps the prefix and typo (fuzzy) matching search has always had. The stem also
 * matches as a prefix ("stacking" → stack → stackabl, the stem of "stackable") but not fuzzily:
 * typos are the word's job, and a fuzzy short stem is mostly noise.
 */
const searchOptions: SearchOptions = {
  boost: { heading: 3, title: 2 },
  prefix: (term) => !isStem(term) || term.length - STEM.length >= MIN_STEM_PREFIX,
  fuzzy: (term) => (isStem(term) ? false : 0.2),
};

/** A MiniSearch index over the documents. */
export function createIndex(docs: readonly Hit[]): MiniSearch<Hit> {
  const index = new MiniSearch<Hit>({
    fields: ['title', 'heading', 'text'],
    storeFields: ['kind', 'title', 'heading', 'href', 'text'],
    processTerm,
    searchOptions,
  });
  index.addAll(docs);
  return index;
}

/**
 * The query as MiniSearch runs it: every word must match (AND), in any of its forms (OR).
 * MiniSearch's flat `combineWith: 'AND'` would apply to every term processTerm returns, so it
 * would demand the word and its stem both, and find nothing new.
 */
export function toQuery(text: string): Query {
  return { combineWith: 'AND', queries: tokenize(text).filter(Boolean).map((word) => ({ combineWith: 'OR', queries: [word] })) };
}

/** Every document matching all the words of the query, in some form, best first. */
export function searchIndex(index: MiniSearch<Hit>, query: string): SearchResult[] {
  return index.search(toQuery(query));
}

/**
 * About 200 characters of the text, starting a little before the first word that matched.
 * `terms` are the index terms the result matched, words and stems, so each word of the text is
 * run through processTerm and compared with them: a stem is not always a substring of its word
 * ("polici" for "policy"), and a substring search would also stop inside other words. A word
 * that matched as typed wins over an earlier one that only shares its stem.
 */
export function excerpt(text: string, terms: string[]): string {
  const matched = new Set(terms);
  let at = -1;
  for (const word of text.matchAll(WORD)) {
    const [form, stem] = formAndStem(word[0]);
    if (matched.has(form)) {
      at = word.index;
      break;
    }
    if (at < 0 && matched.has(stem)) at = word.index;
  }
  // Start a little before the first match, at the beginning of a word.
  const rough = at >= 0 ? Math.max(0, at - 60) : 0;
  const start = rough === 0 ? 0 : text.indexOf(' ', rough) + 1 || rough;
  const slice = text.slice(start, start + 200);
  return `${start > 0 ? '…' : ''}${slice}${start + 200 < text.length ? '…' : ''}`;
}
