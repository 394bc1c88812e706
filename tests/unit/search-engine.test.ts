import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createIndex, excerpt, processTerm, searchIndex, type Hit } from '@/lib/search/engine';
import { getSearchDocuments } from '@/lib/search/documents';

const shareATerm = (a: string, b: string) => processTerm(a).some((t) => processTerm(b).includes(t));

describe('processTerm', () => {
  it('keeps the word itself, in lower case, so names and numbers match as typed', () => {
    expect(processTerm('Coursera')[0]).toBe('coursera');
    expect(processTerm('2024')[0]).toBe('2024');
    expect(processTerm('a')[0]).toBe('a');
    expect(processTerm('')).toEqual([]);
  });
  it('gives forms of one word a term in common', () => {
    expect(shareATerm('badges', 'badge')).toBe(true);
    expect(shareATerm('employers', 'employer')).toBe(true);
    expect(shareATerm('employment', 'employers')).toBe(true);
    expect(shareATerm('certifications', 'certification')).toBe(true);
    expect(shareATerm('stacking', 'stack')).toBe(true);
    expect(shareATerm('Stacks', 'stacked')).toBe(true);
  });
  it('keeps different words apart', () => {
    expect(shareATerm('wage', 'was')).toBe(false);
    expect(shareATerm('cost', 'postings')).toBe(false);
  });
});

const doc = (id: string, heading: string, text: string): Hit => ({ id, kind: 'Guide', title: 'Article', heading, text, href: `/guides/x#${id}` });
const docs = [
  doc('stackable', 'Stackable credentials', 'Some credentials are stackable: they fit together.'),
  doc('badge', 'Digital badge', 'A badge is a small picture that shows a skill.'),
  doc('coursera', 'The Coursera survey', 'Coursera asked employers in 2024.'),
  doc('courses', 'Short courses', 'Many courses, course after course, at a course provider.'),
  doc('certification', 'Industry certification', 'An exam-based certification.'),
  doc('certificates', 'Certificates', 'Certificates from a college.'),
  doc('wages', 'Pay', 'Wages can rise after training.'),
  doc('employers', 'Employers', 'What employers said.'),
];
const index = createIndex(docs);
const ids = (query: string) => searchIndex(index, query).map((r) => r.id);

describe('searching a small set of documents', () => {
  it('finds other forms of the words typed', () => {
    expect(ids('stacking')).toContain('stackable');
    expect(ids('badges')).toContain('badge');
    expect(ids('employment')).toContain('employers');
    expect(ids('certifications')).toEqual(expect.arrayContaining(['certification', 'certificates']));
  });
  it('ranks the exact form above other forms of it', () => {
    expect(ids('certification')[0]).toBe('certification');
    expect(ids('certificates')[0]).toBe('certificates');
  });
  it('ranks an exact name first, above a word that shares its start', () => {
    expect(ids('Coursera')[0]).toBe('coursera');
  });
  it('still finds half-typed words, typos, numbers and short words', () => {
    expect(ids('certificat')).toEqual(expect.arrayContaining(['certification', 'certificates']));
    expect(ids('stack')).toContain('stackable');
    expect(ids('Corsera')).toContain('coursera');
    expect(ids('2024')).toEqual(['coursera']);
    expect(ids('a')).toContain('badge');
  });
  it('needs every word, in some form, and ignores punctuation alone', () => {
    expect(ids('stacking badges')).toEqual([]);
    expect(ids('digital badges')).toEqual(['badge']);
    expect(ids(' ,. ')).toEqual([]);
  });
  it('does not stretch short stems or typos into other words', () => {
    expect(ids('was')).not.toContain('wages');
  });
});

describe('the excerpt under a result', () => {
  const filler = 'Nothing to see in this sentence at all. '.repeat(4);
  const policy = `${filler}Ask about the refund policy. ${filler}`;
  const both = `${policy}Policies differ. ${filler}`;
  const excerptFor = (text: string, query: string) => {
    const hit = searchIndex(createIndex([doc('p', 'Money back', text)]), query)[0];
    if (!hit) throw new Error(`no result for ${query}`);
    return excerpt(text, hit.terms);
  };
  it('starts near the word that matched, even where the stem is not spelled out', () => {
    // "policies" stems to "polici", which "policy" does not contain.
    expect(excerptFor(policy, 'policies')).toMatch(/^….*refund policy\./);
  });
  it('prefers the form that was typed to an earlier word that only shares its stem', () => {
    expect(excerptFor(both, 'Policies')).toMatch(/Policies differ/);
    expect(excerptFor(both, 'Policies')).not.toMatch(/refund policy/);
    expect(excerptFor(both, 'policy')).toMatch(/refund policy/);
  });
  it('starts at the beginning when only the heading matched', () => {
    expect(excerptFor(policy, 'money')).toMatch(/^Nothing to see/);
  });
});

describe('search over the real content', () => {
  const realDocs = getSearchDocuments();
  const real = createIndex(realDocs);
  const find = (query: string) => searchIndex(real, query);
  // MiniSearch with its own term processing: search as it was before stemming.
  const before = new MiniSearch<Hit>({
    fields: ['title', 'heading', 'text'],
    searchOptions: { boost: { heading: 3, title: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  before.addAll(realDocs);

  it('finds everything search found before stemming', () => {
    const queries = ['Coursera', 'Boeing', 'Mesa Community College', 'Lumina', 'IBM', 'Google', 'LinkedIn', '2024', '46', 'a', 'us', 'it', 'was',
      'accreditor', 'bootcamp', 'boot camps', 'wage premium', 'red flags', 'stackable', 'stack', 'certificat', 'badges', 'employers', 'employer-made', 'credit', 'pay', 'cost', 'news', 'learners'];
    for (const q of queries) {
      const now = new Set(find(q).map((r) => r.id));
      expect(before.search(q).map((r) => r.id).filter((id) => !now.has(id)), q).toEqual([]);
    }
  });
  it('still puts the section named in the query first', () => {
    expect(find('Mesa Community College')[0]?.heading).toBe('One example: Mesa Community College and Boeing');
    expect(find('Coursera')[0]?.heading).toBe('What did the Coursera survey find?');
  });
  it('finds the article section on stacking from other forms of the word', () => {
    for (const q of ['stacking', 'stacked', 'stacks']) {
      expect(find(q).map((r) => r.href), q).toEqual(
        expect.arrayContaining(['/guides/what-are-microcredentials#what-does-stacking-credentials-mean', '/glossary#stackable']),
      );
    }
  });
});
