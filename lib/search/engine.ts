import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import { stemmer } from 'stemmer';
import type { SearchDocument } from './documents';

/**
 * How site search indexes and queries the documents from /search-index.json. Pure and free of
 * server code: the /search island runs it in the browser, and the unit tests run the same code.
 */

/** The fields of a document the island keeps for showing a result. */
export type Hit = Pick<SearchDocument, 'id' | 'kind' | 'title' | 'heading' | 'href' | 'text' | 'also'>;

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
 * The terms one word is indexed and searched under: the word in lower case without accents, and
 * its Porter stem ("badges" → badges, ___badg; "Résumé" → resume, ___resum). The same function
 * runs at indexing and at query time, so word forms meet at the stem and "resume" finds "résumé";
 * results still show the text as written. The word is kept so that a half-typed word still finds
 * its completions by prefix ("certificat" is not a prefix of the stem "certif"), and a document
 * with the exact form typed scores above one with another form of it.
 */
export function processTerm(term: string): string[] {
  return term ? formAndStem(term) : [];
}

function formAndStem(term: string): [form: string, stem: string] {
  const form = fold(term);
  return [form, STEM + stemmer(form)];
}

/** Lower case without accents: "Résumé" → "resume". Decomposes letters, then drops the combining accents. */
const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Stems shorter than this match only whole: as prefixes, "wa" (was) or "thi" (this) would match almost anything. */
const MIN_STEM_PREFIX = 4;

const isStem = (term: string) => term.startsWith(STEM);

/** Words shorter than this match only whole: as prefixes, "AI" would find "aim" and "aid". */
const MIN_PREFIX = 3;

/** Words shorter than this match only as typed or by prefix, without typos: "GED" would match "red". */
const MIN_FUZZY = 5;

/**
 * The word keeps the prefix matching search has always had, and typo (fuzzy) matching from
 * MIN_FUZZY letters. The stem also matches as a prefix ("stacking" → stack → stackabl, the stem
 * of "stackable") but not fuzzily: typos are the word's job, and a fuzzy short stem is mostly noise.
 */
const searchOptions: SearchOptions = {
  boost: { heading: 3, title: 2 },
  prefix: (term) => (isStem(term) ? term.length - STEM.length >= MIN_STEM_PREFIX : term.length >= MIN_PREFIX),
  fuzzy: (term) => (isStem(term) || term.length < MIN_FUZZY ? false : 0.2),
};

/** A MiniSearch index over the documents. */
export function createIndex(docs: readonly Hit[]): MiniSearch<Hit> {
  const index = new MiniSearch<Hit>({
    fields: ['title', 'heading', 'text', 'also'],
    storeFields: ['kind', 'title', 'heading', 'href', 'text'],
    processTerm,
    searchOptions,
  });
  index.addAll(docs);
  return index;
}

/**
 * Common words a question is made of ("how much does it cost" → cost), which nearly every page
 * has. Words that carry meaning here are not among them: cost, pay, job, worth, free, not. The
 * last few are what is left of contractions: the tokenizer cuts "what's" into "what" and "s".
 */
const STOP_WORDS = new Set(
  ('a an and are as at be by can could did do does for from get how i if in is it its me my of on or ' +
    'should so than that the their them there they this to was we were what when where which who why will ' +
    'with would you your about much just really s t d m ll re ve').split(' '),
);

/**
 * The most words of a query searched: a question has far fewer, and each word is a search of
 * the index of its own (two, with the fallback), so a pasted paragraph of hundreds would keep
 * the server busy for a third of a second for a result nobody reads.
 */
export const MAX_QUERY_WORDS = 32;

/**
 * The words of a query that search looks for: all but the stop words, unless it has nothing else
 * ("it" alone is searched), each once, at most MAX_QUERY_WORDS. Punctuation alone is not a word.
 * A stop word typed in capitals is kept ("IT"), though the index, in lower case, then finds "it"
 * as well.
 */
export function queryWords(text: string): string[] {
  const words = tokenize(text).filter(Boolean);
  // In capitals a stop word is a name: "IT certificate" keeps IT.
  const meaningful = words.filter((w) => !STOP_WORDS.has(fold(w)) || /^\p{Lu}{2,}$/u.test(w));
  return [...new Set(meaningful.length ? meaningful : words)].slice(0, MAX_QUERY_WORDS);
}

/**
 * Words a reader asks with that the pages answer in other words, by the stem of the word typed.
 * "How long" is answered by a length, in weeks, months or hours ("8 to 14 weeks", "150 clock
 * hours"), and rarely with the word "long". Each related word is searched beside the word typed,
 * as a word of its own (in any form, but without typos or completions), and a page that has only
 * it scores lower.
 */
const LENGTH_WORDS = ['long', 'length'];
const RELATED: ReadonlyMap<string, readonly string[]> = new Map(
  LENGTH_WORDS.map((word) => [word, [...LENGTH_WORDS.filter((w) => w !== word), 'weeks', 'months', 'hours']]),
);

/** How much a page that has only a related word counts, against one with the word typed. */
const RELATED_WEIGHT = 0.5;

/** The words searched beside one typed: none for most words (see RELATED). */
export function relatedWords(word: string): readonly string[] {
  return RELATED.get(stemmer(fold(word))) ?? [];
}

/**
 * The query as MiniSearch runs it: every word must match (AND), or with 'OR' any of them, each in
 * any of its forms, or as a related word (OR). MiniSearch's flat `combineWith: 'AND'` would apply
 * to every term processTerm returns, so it would demand the word and its stem both, and find
 * nothing new.
 */
export function toQuery(words: string[], combineWith: 'AND' | 'OR' = 'AND'): Query {
  return {
    combineWith,
    queries: words.map((word): Query => {
      const related = relatedWords(word);
      if (!related.length) return { combineWith: 'OR', queries: [word] };
      // Its forms meet at the stem; typos and completions would reach too far ("hours" is one
      // letter from "yours", and "week" starts "weekend").
      const alsoSearched: Query = { combineWith: 'OR', queries: [...related], fuzzy: false, prefix: false, boostTerm: () => RELATED_WEIGHT };
      return { combineWith: 'OR', queries: [word, alsoSearched] };
    }),
  };
}

/**
 * The longest query the results page searches (lib/search/request.ts), and the most the search
 * box takes: far past any question a reader types. The work a query costs is bounded by
 * MAX_QUERY_WORDS; this bounds the text the page echoes.
 */
export const MAX_QUERY_LENGTH = 3000;

/** What a search found; `partial` when no document has every word, so these have some of them. */
export type Found = { results: SearchResult[]; partial: boolean };

/**
 * Every document matching all the words of the query, in some form, best first. When none has
 * them all, the documents that have any of them, best first: a document's score adds up over the
 * words it has, so those with more of them tend to come first.
 */
export function searchIndex(index: MiniSearch<Hit>, query: string): Found {
  const words = queryWords(query);
  const results = index.search(toQuery(words));
  if (results.length || words.length < 2) return { results, partial: false };
  const some = index.search(toQuery(words, 'OR'));
  return { results: some, partial: some.length > 0 };
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

/**
 * The text cut where the words the result matched (by `terms`, as in excerpt) start and end:
 * runs that alternate, not matched then matched, as String.split with a capturing group gives
 * them (the first run, and the last, may be empty). Joined back, the runs give the text.
 */
export function highlight(text: string, terms: readonly string[]): string[] {
  const matched = new Set(terms);
  const runs: string[] = [];
  let from = 0;
  for (const word of text.matchAll(WORD)) {
    const [form, stem] = formAndStem(word[0]);
    if (!matched.has(form) && !matched.has(stem)) continue;
    runs.push(text.slice(from, word.index), word[0]);
    from = word.index + word[0].length;
  }
  runs.push(text.slice(from));
  return runs;
}

/** Pages to try when a search finds nothing: the guide's main pages, each with what it is for. */
export const NEXT_STEPS: readonly { href: string; label: string; about: string }[] = [
  { href: '/guides', label: 'The guide', about: 'every article, in the order to read them' },
  { href: '/checklist', label: 'The checklist', about: 'questions to ask before you enroll' },
  { href: '/tools/program-claims', label: 'Check a program’s ad', about: 'paste an ad and see what to ask about' },
  { href: '/tools/job-ads', label: 'What do employers ask for?', about: 'paste job ads and see what they ask for' },
  { href: '/glossary', label: 'The glossary', about: 'the words the guide uses, explained' },
];

/** How many close matches a search with no result offers. */
const MAX_CLOSE = 3;

/** Words shorter than this get no looser typo allowance: "zzq" would be close to too much. */
const MIN_CLOSE = 4;

/**
 * Pages close to a query that found nothing: any of its words, each matched with about one typo
 * in three letters (search itself allows one in five), at most MAX_CLOSE pages, one result per
 * page (the best section of it), best first. Empty when nothing is that close.
 */
export function closestMatches(index: MiniSearch<Hit>, query: string): SearchResult[] {
  const found = index.search(toQuery(queryWords(query), 'OR'), {
    prefix: (term) => !isStem(term) && term.length >= MIN_CLOSE,
    fuzzy: (term) => (isStem(term) || term.length < MIN_CLOSE ? false : 0.34),
  });
  const seen = new Set<string>();
  const close: SearchResult[] = [];
  for (const r of found) {
    const page = String(r.href).split('#')[0]!;
    if (seen.has(page)) continue;
    seen.add(page);
    close.push(r);
    if (close.length === MAX_CLOSE) break;
  }
  return close;
}

/** Everything a search shows: what it found and, when that is nothing, the closest pages. */
export type Answer = Found & { close: SearchResult[] };

/** The results of a query, and the closest matches when there are none: what /search and /search/results show. */
export function answerQuery(index: MiniSearch<Hit>, query: string): Answer {
  const found = searchIndex(index, query);
  return { ...found, close: found.results.length ? [] : closestMatches(index, query) };
}
