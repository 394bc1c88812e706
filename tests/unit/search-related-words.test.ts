import { describe, expect, it } from 'vitest';
import { answerQuery, createIndex, relatedWords, searchIndex, type Hit } from '@/lib/search/engine';
import { getSearchDocuments } from '@/lib/search/documents';

const doc = (id: string, heading: string, text: string): Hit => ({ id, kind: 'Guide', title: 'Article', heading, text, href: `/guides/x#${id}` });
const index = createIndex([
  doc('weeks', 'Program rules', 'It must run for 8 to 14 weeks.'),
  doc('hours', 'Teaching time', 'It had 36 hours of classroom teaching.'),
  doc('long', 'How long it lasts', 'Ask the provider.'),
  doc('yours', 'Your money', 'The choice is yours, and so is the weekend.'),
  doc('other', 'Refunds', 'Ask for the refund policy in writing.'),
]);
const ids = (query: string) => searchIndex(index, query).results.map((r) => r.id);

describe('relatedWords', () => {
  it('gives the words a length is written in for "long" and "length", in any form typed', () => {
    expect(relatedWords('long')).toEqual(['length', 'weeks', 'months', 'hours']);
    expect(relatedWords('Long')).toEqual(relatedWords('long'));
    expect(relatedWords('lengths')).toEqual(['long', 'weeks', 'months', 'hours']);
  });
  it('gives nothing for other words', () => {
    expect(relatedWords('badge')).toEqual([]);
    expect(relatedWords('weeks')).toEqual([]);
  });
});

describe('searching with related words', () => {
  it('finds pages that give a length for "how long", the page with the word itself first', () => {
    expect(ids('how long')).toEqual(['long', expect.any(String), expect.any(String)]);
    expect(ids('how long').sort()).toEqual(['hours', 'long', 'weeks']);
  });
  it('does not stretch a related word by typos or completions', () => {
    expect(ids('how long')).not.toContain('yours');
  });
  it('counts a related word as one word of the query: every word must still match', () => {
    expect(ids('long classroom')).toEqual(['hours']);
    expect(searchIndex(index, 'long refund').partial).toBe(true);
  });
});

describe('answerQuery', () => {
  it('gives the results, and no close matches when there are results', () => {
    const answer = answerQuery(index, 'refund');
    expect(answer.results.map((r) => r.id)).toEqual(['other']);
    expect(answer.partial).toBe(false);
    expect(answer.close).toEqual([]);
  });
  it('gives the close matches when nothing matches', () => {
    const answer = answerQuery(index, 'refudn');
    expect(answer.results).toEqual([]);
    expect(answer.close.map((r) => r.id)).toEqual(['other']);
  });
});

describe('"how long" over the real content', () => {
  const real = createIndex(getSearchDocuments());
  const top = (query: string, n: number) => searchIndex(real, query).results.slice(0, n).map((r) => r.href);

  it('puts the pages that give a length near the top: the Workforce Pell window, the checklist, clock hours, a kind of credential', () => {
    const hrefs = top('how long', 10);
    expect(hrefs[0]).toBe('/guides/workforce-pell#how-long-the-program-must-be');
    expect(hrefs.slice(0, 5)).toEqual(
      expect.arrayContaining(['/glossary#clock-hour', '/checklist#item-length-fits-promise', '/guides/know-your-career-goal#check-that-you-have-the-time']),
    );
    expect(hrefs).toEqual(expect.arrayContaining(['/guides/red-flags#red-flag-2-the-time-it-takes-does-not-match-the-promise', '/credentials/boot-camp']));
  });
  it('finds the same pages for "length" and for a question about how long something takes', () => {
    expect(top('length', 3)).toEqual(expect.arrayContaining(['/guides/workforce-pell#how-long-the-program-must-be', '/checklist#item-length-fits-promise']));
    expect(top('how long does it take', 5)).toEqual(
      expect.arrayContaining(['/guides/red-flags#red-flag-2-the-time-it-takes-does-not-match-the-promise', '/guides/know-your-career-goal#check-that-you-have-the-time', '/credentials/boot-camp']),
    );
  });
});
