import { describe, expect, it } from 'vitest';
import { createIndex, searchIndex } from '@/lib/search/engine';
import { getSearchDocuments } from '@/lib/search/documents';

/**
 * What a shopper types when checking whether a provider and its claims hold up, and the page
 * that answers it. Built over the real content, the same way /search-index.json is, so a change
 * to an article or the glossary that pushes the answer down fails here.
 */
const answers: [query: string, href: string][] = [
  ['scam', '/guides/red-flags'],
  ['placement rate', '/guides/outcome-claims#what-a-placement-rate-can-hide'],
  ['accreditation', '/guides/check-a-provider#check-a-colleges-accreditation'],
  ['verify badge', '/guides/check-a-provider#check-a-digital-badge'],
];

describe('search answers questions about proof', () => {
  const index = createIndex(getSearchDocuments());
  it.each(answers)('"%s" finds %s first', (query, href) => {
    const { results, partial } = searchIndex(index, query);
    expect(partial).toBe(false);
    expect(results[0]?.href).toBe(href);
  });
});
