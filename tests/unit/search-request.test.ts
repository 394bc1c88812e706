import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '@/lib/search/engine';
import { readSearchRequest, resultsHref } from '@/lib/search/request';

describe('readSearchRequest', () => {
  it('reads the query and whether to show every result', () => {
    expect(readSearchRequest({ q: 'digital badge' })).toEqual({ query: 'digital badge', showAll: false });
    expect(readSearchRequest({ q: 'program', all: '1' })).toEqual({ query: 'program', showAll: true });
  });
  it('takes no query as an empty search, and ignores parameters it does not know', () => {
    expect(readSearchRequest({})).toEqual({ query: '', showAll: false });
    expect(readSearchRequest({ q: 'badge', utm_source: 'mail', all: 'yes' })).toEqual({ query: 'badge', showAll: false });
    expect(readSearchRequest({ q: 'badge', all: ['1', '1'] })).toEqual({ query: 'badge', showAll: false });
  });
  it('searches a query as long as the box takes', () => {
    const q = 'a'.repeat(MAX_QUERY_LENGTH);
    expect(readSearchRequest({ q })).toEqual({ query: q, showAll: false });
  });
  it('refuses a longer query with a message, and keeps as much of it as the box takes', () => {
    const request = readSearchRequest({ q: 'b'.repeat(MAX_QUERY_LENGTH + 1) });
    expect(request.problem).toBe('Your search is too long. Use up to 3,000 characters: a few words find more than a whole paragraph.');
    expect(request.query).toBe('b'.repeat(MAX_QUERY_LENGTH));
  });
  it('refuses two searches at once with a message, and keeps the first in the box', () => {
    const request = readSearchRequest({ q: ['badge', 'refund'] });
    expect(request.problem).toBe('The address asks for more than one search at once. Type one search in the box and press Search.');
    expect(request.query).toBe('badge');
  });
});

describe('resultsHref', () => {
  it('gives the address the search forms send, and the one that shows every result', () => {
    expect(resultsHref('red flags & scams')).toBe('/search/results?q=red+flags+%26+scams');
    expect(resultsHref('program', true)).toBe('/search/results?q=program&all=1');
    expect(readSearchRequest(Object.fromEntries(new URLSearchParams(resultsHref('a#b?c', true).split('?').slice(1).join('?'))))).toEqual({ query: 'a#b?c', showAll: true });
  });
});
