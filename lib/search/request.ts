import { z } from 'zod';
import { MAX_QUERY_LENGTH } from './engine';

/** What the results page was asked: the query, whether to show every result, and what was wrong with the address. */
export type SearchRequest = {
  /** The text to search for and to put back in the box: empty when there is none. */
  query: string;
  /** The reader asked to see every result, not only the best ones (`all=1`). */
  showAll: boolean;
  /** Why the address cannot be searched as it is, in words for the reader; then nothing is searched. */
  problem?: string;
};

const count = (n: number) => n.toLocaleString('en-US');

const TOO_LONG = `Your search is too long. Use up to ${count(MAX_QUERY_LENGTH)} characters: a few words find more than a whole paragraph.`;
const REPEATED = 'The address asks for more than one search at once. Type one search in the box and press Search.';

/**
 * The address's search parameters as Next passes them: a name given twice (`?q=a&q=b`) comes as
 * an array. Only `q` and `all` are read; anything else (a tracking tag) is ignored.
 */
const searchParamsSchema = z.object({
  q: z
    .string({ error: REPEATED })
    .max(MAX_QUERY_LENGTH, { error: TOO_LONG })
    .optional(),
  // Anything but `1` (or `all` given twice) is taken as not asked.
  all: z.literal('1').optional().catch(undefined),
});

type SearchParams = Record<string, string | string[] | undefined>;

/** The search a results page address asks for: `/search/results?q=badge`. Never throws. */
export function readSearchRequest(params: SearchParams): SearchRequest {
  const parsed = searchParamsSchema.safeParse(params);
  if (parsed.success) return { query: parsed.data.q ?? '', showAll: parsed.data.all === '1' };
  // The box shows the first search asked for, as much of it as fits.
  const q = params.q;
  const first = (Array.isArray(q) ? q[0] : q) ?? '';
  return { query: first.slice(0, MAX_QUERY_LENGTH), showAll: false, problem: parsed.error.issues[0]?.message ?? REPEATED };
}

/** The address of the results page for a query: what the search forms send, and the "show all" link. */
export function resultsHref(query: string, showAll = false): string {
  const params = new URLSearchParams({ q: query });
  if (showAll) params.set('all', '1');
  return `/search/results?${params}`;
}
