import { describe, expect, it } from 'vitest';
import { closestMatches, createIndex, NEXT_STEPS, searchIndex, type Hit } from '@/lib/search/engine';
import { getSearchDocuments } from '@/lib/search/documents';
import { staticRoutes } from '@/lib/site';

const doc = (id: string, href: string, heading: string, text: string): Hit => ({ id, kind: 'Guide', title: 'Article', heading, text, href });
const fixture = createIndex([
  doc('badge-1', '/guides/badges#what', 'Digital badge', 'A badge is a small picture that shows a skill.'),
  doc('badge-2', '/guides/badges#check', 'Check a badge', 'Open the badge to see who signed it.'),
  doc('refund', '/guides/sign#refund', 'Refunds', 'Ask for the refund policy in writing.'),
  doc('other', '/guides/other#x', 'Something else', 'Nothing about pictures here.'),
]);

describe('closestMatches', () => {
  it('finds pages a word is a typo or two away from, when search itself finds nothing', () => {
    expect(searchIndex(fixture, 'bdge').results).toEqual([]);
    const close = closestMatches(fixture, 'bdge');
    expect(close.map((r) => r.href)).toEqual(['/guides/badges#what']);
  });
  it('gives each page once, at most three, best first', () => {
    const many = createIndex(
      Array.from({ length: 6 }, (_, i) => [doc(`a${i}`, `/guides/p${i}#a`, `Refund ${i}`, 'refund refund'), doc(`b${i}`, `/guides/p${i}#b`, `Refund again ${i}`, 'refund')]).flat(),
    );
    const close = closestMatches(many, 'refnd');
    expect(close).toHaveLength(3);
    expect(new Set(close.map((r) => r.href.split('#')[0])).size).toBe(3);
  });
  it('offers nothing for a query that is close to no word', () => {
    expect(closestMatches(fixture, 'zzqx-qqzv')).toEqual([]);
    expect(closestMatches(fixture, 'qz')).toEqual([]);
  });
  it('finds the badge pages in the real content for a misspelled "badge"', () => {
    const index = createIndex(getSearchDocuments());
    expect(searchIndex(index, 'bdge').results).toEqual([]);
    const close = closestMatches(index, 'bdge');
    expect(close.length).toBeGreaterThan(0);
    expect(close.map((r) => `${r.heading} ${r.title}`).join(' ')).toMatch(/badge/i);
    expect(closestMatches(index, 'zzqx-qqzv')).toEqual([]);
  });
});

describe('NEXT_STEPS', () => {
  it('points at real pages: the guide list, the checklist, both tools and the glossary', () => {
    expect(NEXT_STEPS.map((s) => s.href)).toEqual(['/guides', '/checklist', '/tools/program-claims', '/tools/job-ads', '/glossary']);
    for (const s of NEXT_STEPS) expect(staticRoutes as readonly string[]).toContain(s.href);
  });
});
