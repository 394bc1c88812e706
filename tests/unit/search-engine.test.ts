import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { statusText } from '@/components/search/SearchResults';
import { createIndex, excerpt, MAX_QUERY_WORDS, processTerm, queryWords, searchIndex, type Hit } from '@/lib/search/engine';
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
  it('ignores accents, however they are typed', () => {
    expect(processTerm('Résumé')[0]).toBe('resume');
    expect(processTerm('re\u0301sume\u0301')[0]).toBe('resume');
    expect(shareATerm('résumés', 'resume')).toBe(true);
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
  doc('resume', 'Your résumé', 'List the credential on your résumé.'),
];
const index = createIndex(docs);
const ids = (query: string) => searchIndex(index, query).results.map((r) => r.id);
const partial = (query: string) => searchIndex(index, query).partial;

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
  it('finds "résumé" whether or not the accents are typed', () => {
    for (const q of ['resume', 'Resume', 'résumé', 'RÉSUMÉ', 'resumes']) expect(ids(q), q).toEqual(['resume']);
  });
  it('shows only pages with every word, in some form, when there are any, and ignores punctuation alone', () => {
    expect(ids('digital badges')).toEqual(['badge']);
    expect(partial('digital badges')).toBe(false);
    expect(ids(' ,. ')).toEqual([]);
  });
  it('falls back to pages with some of the words when none has them all, and says so', () => {
    expect(ids('badge zzqx')).toEqual(['badge']);
    expect(partial('badge zzqx')).toBe(true);
    expect(ids('stacking badges')).toEqual(expect.arrayContaining(['stackable', 'badge']));
    expect(partial('stacking badges')).toBe(true);
    // Nothing at all: no fallback to claim.
    expect(ids('zzqx qqzv')).toEqual([]);
    expect(partial('zzqx qqzv')).toBe(false);
  });
  it('ranks pages with more of the words first when falling back', () => {
    expect(ids('digital badge employers zzqx')[0]).toBe('badge');
  });
  it('ignores common words in a question, unless there is nothing else', () => {
    expect(queryWords('How much does it cost?')).toEqual(['cost']);
    expect(queryWords("What's a digital badge, and is it worth it for a job?")).toEqual(['digital', 'badge', 'worth', 'job']);
    expect(queryWords('is it')).toEqual(['is', 'it']);
    expect(queryWords('IT certificate')).toEqual(['IT', 'certificate']);
    expect(queryWords('it certificate')).toEqual(['certificate']);
  });
  it('searches each word once, and at most MAX_QUERY_WORDS of a pasted paragraph', () => {
    expect(queryWords('badge badge, badge!')).toEqual(['badge']);
    const many = Array.from({ length: 100 }, (_, i) => `word${i}`);
    expect(queryWords(many.join(' '))).toEqual(many.slice(0, MAX_QUERY_WORDS));
    expect(ids('what is a digital badge')).toEqual(['badge']);
    expect(partial('what is a digital badge')).toBe(false);
  });
  it('does not stretch short stems or typos into other words', () => {
    expect(ids('was')).not.toContain('wages');
  });
  it('finds short words whole, without taking them for the start or a typo of another word', () => {
    const short = createIndex([
      doc('ged', 'Diplomas', 'You may need a GED or a diploma.'),
      doc('red', 'Warnings', 'Watch for red flags.'),
      doc('ai', 'Tools', 'Some courses teach AI tools.'),
      doc('aim', 'Goals', 'Your aim is a better job.'),
    ]);
    const found = (q: string) => searchIndex(short, q).results.map((r) => r.id);
    expect(found('GED')).toEqual(['ged']);
    expect(found('AI')).toEqual(['ai']);
    expect(found('aim')).toEqual(['aim']);
  });
  it('matches typos only in words of 5 letters or more, and still completes short ones', () => {
    expect(ids('wagez')).toContain('wages');
    expect(ids('pag')).toEqual([]);
    expect(ids('wag')).toContain('wages');
    expect(ids('badg')).toContain('badge');
  });
});

describe('the excerpt under a result', () => {
  const filler = 'Nothing to see in this sentence at all. '.repeat(4);
  const policy = `${filler}Ask about the refund policy. ${filler}`;
  const both = `${policy}Policies differ. ${filler}`;
  const excerptFor = (text: string, query: string) => {
    const hit = searchIndex(createIndex([doc('p', 'Money back', text)]), query).results[0];
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
  it('shows the text with its accents when the query had none', () => {
    expect(excerptFor(`${filler}Put it on your résumé. ${filler}`, 'resume')).toMatch(/^….*on your résumé\./);
  });
});

describe('search over the real content', () => {
  const realDocs = getSearchDocuments();
  const real = createIndex(realDocs);
  const find = (query: string) => searchIndex(real, query).results;
  // MiniSearch with its own term processing: search as it was before stemming, less two things
  // dropped on purpose: typo matching of words under 5 letters ("GED" matched "red") and prefix
  // matching of words under 3 ("AI" matched "aim").
  const before = new MiniSearch<Hit>({
    fields: ['title', 'heading', 'text'],
    searchOptions: {
      boost: { heading: 3, title: 2 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length < 5 ? false : 0.2),
      combineWith: 'AND',
    },
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
  it('finds the résumé sections without the accents', () => {
    const hrefs = (q: string) => find(q).map((r) => r.href);
    expect(hrefs('résumé').length).toBeGreaterThan(0);
    for (const q of ['resume', 'Resume']) expect(hrefs(q), q).toEqual(hrefs('résumé'));
    expect(hrefs('resume')).toContain('/research#upcea-resume-doubts');
  });
  it('answers natural questions', () => {
    for (const q of ['how much does it pay', 'digital badge worth', 'what is a digital badge and is it worth it for a job']) {
      expect(find(q).length, q).toBeGreaterThan(0);
    }
    expect(find('how much does it pay').map((r) => r.id)).toEqual(find('pay').map((r) => r.id));
    expect(find('what is a digital badge and is it worth it for a job')[0]?.href).toBe('/credentials/digital-badge');
    expect(searchIndex(real, 'digital badge worth').partial).toBe(true);
  });
  it('finds the section on fitting a program into your week from how a reader asks about time', () => {
    for (const q of ['how long does it take', 'schedule', 'hours a week', 'self-paced']) {
      expect(find(q).slice(0, 5).map((r) => r.href), q).toContain('/guides/know-your-career-goal#check-that-you-have-the-time');
    }
  });
  it('finds every page about a glossary term under any of its spellings', () => {
    const hrefs = (q: string) => find(q).map((r) => r.href);
    expect(hrefs('bootcamp')).toContain('/credentials/boot-camp');
    expect(hrefs('bootcamp').length).toBeGreaterThan(5);
    expect(hrefs('bootcamps')).toContain('/guides/research-the-program#one-example-mesa-community-college-and-boeing');
  });
  it('does not take "GED" for "red": no red-flag sections', () => {
    expect(find('GED').filter((r) => r.href.includes('red-flag') || r.terms.includes('red'))).toEqual([]);
  });
  it('does not take "AI" for the start of "aim"', () => {
    expect(find('AI').flatMap((r) => r.terms).filter((t) => t !== 'ai')).toEqual([]);
  });
  it('falls back when one meaningful word matches and another does not', () => {
    const found = searchIndex(real, 'badge zzqx');
    expect(found.partial).toBe(true);
    expect(found.results.map((r) => r.id)).toEqual(find('badge').map((r) => r.id));
  });
});

describe('the line above the results', () => {
  it('counts the results, and shows the best 30 of many', () => {
    expect(statusText('badge', 1, false)).toBe('1 result for “badge”');
    expect(statusText('badge', 12, false)).toBe('12 results for “badge”');
    expect(statusText('program', 45, false)).toBe('The best 30 of 45 results for “program”');
    // A few more than 30 are all shown: a button for one more result would only add a step.
    expect(statusText('program', 31, false)).toBe('31 results for “program”');
    expect(statusText('program', 35, false)).toBe('35 results for “program”');
    expect(statusText('program', 36, false)).toBe('The best 30 of 36 results for “program”');
    expect(statusText('zzqx', 0, false)).toBe('No results for “zzqx”. Try fewer or different words, or one of the pages below.');
  });
  it('counts them all once the reader asks to see all', () => {
    expect(statusText('program', 45, false, true)).toBe('45 results for “program”');
    expect(statusText('a b', 45, true, true)).toBe('No page has all the words in “a b”. Showing 45 results that have some of them.');
  });
  it('says plainly when the results have only some of the words', () => {
    expect(statusText('badge zzqx', 3, true)).toBe('No page has all the words in “badge zzqx”. Showing 3 results that have some of them.');
    expect(statusText('badge zzqx', 1, true)).toBe('No page has all the words in “badge zzqx”. Showing the one result that has some of them.');
    expect(statusText('a b', 45, true)).toBe('No page has all the words in “a b”. Showing the best 30 of 45 results that have some of them.');
  });
});
