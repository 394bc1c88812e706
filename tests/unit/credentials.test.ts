import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { edit, makeContentDir, removeContentDirs } from './helpers/content-fixture';
import { problemsIn, short } from './helpers/problems';

afterEach(removeContentDirs);

const credentials = (from: string, to: string) => makeContentDir({ 'credentials.yaml': edit('credentials.yaml', from, to) });

describe('credentials.yaml', () => {
  it('loads kinds in file order with their addresses, sources and figures from research.yaml', () => {
    const { credentials: kinds } = loadContent(makeContentDir());
    expect(kinds.map((k) => [k.id, k.href])).toEqual([['boot-camp', '/credentials/boot-camp'], ['digital-badge', '/credentials/digital-badge']]);
    const [bootCamp, badge] = kinds;
    expect(bootCamp?.sources.map((s) => s.id)).toEqual(['news-2024', 'employer-survey']);
    // The value comes from research.yaml; credentials.yaml only names the figure and says why.
    expect(bootCamp?.figures).toMatchObject([{ id: 'familiar', value: 69, chartId: 'views', why: 'Employers know these credentials.' }]);
    expect(bootCamp?.length).toEqual({ text: 'Some take a few months.', sourceId: 'news-2024' });
    expect(badge?.length).toBeUndefined();
    expect(badge?.examples).toEqual([]);
    expect(badge?.stacks.answer).toBe('no');
  });

  it('reports an answer that is not yes, sometimes or no, and a missing field', () => {
    const text = edit('credentials.yaml', '    answer: no\n', '    answer: maybe\n').replace('  offeredBy: Not stated by our source.\n', '');
    expect(problemsIn(makeContentDir({ 'credentials.yaml': text })).map(short)).toEqual([
      'credentials.yaml:30: [1](digital-badge).offeredBy: is required but missing',
      'credentials.yaml:38: [1](digital-badge).stacks.answer: expected one of "yes", "sometimes", "no", got "maybe"',
    ]);
  });

  it('reports unknown figures, unknown sources and broken links, each at its line', () => {
    const text = edit('credentials.yaml', '    - id: familiar', '    - id: famous')
      .replace('sources: [news-2024, employer-survey]', 'sources: [news-2024, employer-surveys]')
      .replace('guide: /guides/red-flags#too-good-to-be-true', 'guide: /guides/red-flags#too-good')
      .replace('href: /guides/research\n', 'href: /guides/researching\n')
      .replace('    sourceId: news-2024\n  checks', '    sourceId: news-2023\n  checks');
    expect(problemsIn(makeContentDir({ 'credentials.yaml': text })).map(short)).toEqual([
      'credentials.yaml:14: [0](boot-camp).length.sourceId: "news-2023" is not in content/sources.yaml',
      'credentials.yaml:29: [0](boot-camp).sources[1]: "employer-surveys" is not in content/sources.yaml',
      'credentials.yaml:17: [0](boot-camp).checks[0].guide: link /guides/red-flags#too-good: the article /guides/red-flags has no heading with id "too-good"',
      'credentials.yaml:24: [0](boot-camp).figures[0].id: "famous" is not a figure in content/research.yaml',
      'credentials.yaml:45: [1](digital-badge).guides[0].href: link /guides/researching points at /guides/researching, which is not an article',
    ]);
  });

  it('reports figures typed into text, where only research.yaml may hold them', () => {
    const text = edit('credentials.yaml', 'why: Employers know these credentials.', 'why: 69% of employers know these credentials.')
      .replace('definition: A short, focused', 'definition: Taken by 12% of people, a short, focused');
    expect(problemsIn(makeContentDir({ 'credentials.yaml': text })).map(short)).toEqual([
      'credentials.yaml:25: [0](boot-camp).figures[0].why: has a number; the figure itself comes from research.yaml, so write only why it matters',
      'credentials.yaml:4: [0](boot-camp).definition: has a percentage; survey figures belong in research.yaml',
    ]);
  });

  it('reports duplicate ids and names', () => {
    const problems = problemsIn(credentials('- id: digital-badge\n  name: Digital badge', '- id: boot-camp\n  name: Boot Camp'));
    expect(problems.map(short)).toEqual([
      'credentials.yaml:30: [1](boot-camp).id: duplicate id "boot-camp"; every kind needs its own id',
      'credentials.yaml:31: [1](boot-camp).name: "Boot Camp" is also the name of "boot-camp"',
    ]);
  });

  it('does not blame credentials.yaml for figures when research.yaml is missing', () => {
    const problems = problemsIn(makeContentDir({ 'research.yaml': null }));
    expect(problems.map((p) => `${p.file.split('/').slice(-1)[0]}: ${p.where}: ${p.message}`)).toEqual(['research.yaml: file: is missing']);
  });
});

/** Boot camp with who checks quality, how aid can pay and a price, each citing its sources. */
const withFacts = (sources = { quality: 'news-2024, wage-report', aid: 'wage-report', price: 'news-2024' }, asOf = '2017-06') =>
  edit('credentials.yaml', '    sourceId: news-2024\n  checks:', `    sourceId: news-2024
  quality:
    text: An outside firm checks the results of some.
    sourceIds: [${sources.quality}]
  aid:
    text: An employer can pay for some of it.
    sourceIds: [${sources.aid}]
  price:
    text: The middle price was about a month's pay.
    asOf: ${asOf}
    sourceIds: [${sources.price}]
  checks:`);

describe('credentials.yaml: who checks quality, how aid can pay, a price', () => {
  it('loads the facts with their sources, and lists those sources on the kind once each', () => {
    const { credentials: kinds } = loadContent(makeContentDir({ 'credentials.yaml': withFacts() }));
    const [bootCamp, badge] = kinds;
    expect(bootCamp?.quality).toEqual({ text: 'An outside firm checks the results of some.', sourceIds: ['news-2024', 'wage-report'] });
    expect(bootCamp?.aid?.sourceIds).toEqual(['wage-report']);
    expect(bootCamp?.price).toEqual({ text: "The middle price was about a month's pay.", asOf: '2017-06', sourceIds: ['news-2024'] });
    expect(bootCamp?.sources.map((s) => s.id)).toEqual(['news-2024', 'employer-survey', 'wage-report']);
    // Left out where no source speaks: the page says so.
    expect([badge?.quality, badge?.aid, badge?.price]).toEqual([undefined, undefined, undefined]);
  });

  it('reports a source id that is not in sources.yaml, naming the file, the field and its line', () => {
    const text = withFacts({ quality: 'news-2024, wage-reports', aid: 'wage-report', price: 'news-2023' });
    expect(problemsIn(makeContentDir({ 'credentials.yaml': text })).map(short)).toEqual([
      'credentials.yaml:17: [0](boot-camp).quality.sourceIds[1]: "wage-reports" is not in content/sources.yaml',
      'credentials.yaml:24: [0](boot-camp).price.sourceIds[0]: "news-2023" is not in content/sources.yaml',
    ]);
  });

  it('reports a price without a real date, a fact with no source and a percentage in a fact', () => {
    const text = withFacts({ quality: 'news-2024', aid: '', price: 'news-2024' }, '2017-13');
    expect(problemsIn(makeContentDir({ 'credentials.yaml': text })).map(short)).toEqual([
      'credentials.yaml:20: [0](boot-camp).aid.sourceIds: give at least 1 source',
      'credentials.yaml:23: [0](boot-camp).price.asOf: expected a year like 2023 or a date like 2024-03-20, got "2017-13"',
    ]);
    const percent = withFacts().replace('An outside firm checks the results of some.', 'An outside firm checks 40% of them.');
    expect(problemsIn(makeContentDir({ 'credentials.yaml': percent })).map(short)).toEqual([
      'credentials.yaml:16: [0](boot-camp).quality.text: has a percentage; survey figures belong in research.yaml',
    ]);
  });
});
