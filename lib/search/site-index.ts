import 'server-only';
import type MiniSearch from 'minisearch';
import { getSearchDocuments } from './documents';
import { createIndex, type Hit } from './engine';

/** Shared by every copy of this module the bundler makes, as the content is (lib/content/index.ts). */
const CACHE = Symbol.for('microcredential-guide.search-index');
const shared = globalThis as typeof globalThis & { [CACHE]?: MiniSearch<Hit> };

/**
 * The index the results page searches: built once per server process from the same documents as
 * /search-index.json, which the /search page's script builds its own copy from.
 */
export function siteSearchIndex(): MiniSearch<Hit> {
  shared[CACHE] ??= createIndex(getSearchDocuments());
  return shared[CACHE];
}
