import { afterEach, describe, expect, it } from 'vitest';
import { edit, makeContentDir, removeContentDirs } from './helpers/content-fixture';
import { problemsIn, short } from './helpers/problems';

afterEach(removeContentDirs);

/** The red-flags article with `links` added to its first paragraph. */
const withLinks = (links: string) => edit('guides/red-flags.md', 'Watch for promises{cite:news-2024}.', `Watch for promises{cite:news-2024}. ${links}`);

const working = '[A term](/glossary#boot-camp), [a chart](/research#views), [the kinds](/credentials#digital-badge) and [a kind](/credentials/boot-camp).';
const broken = '[A term](/glossary#no-term), [a chart](/research#no-chart), [the kinds](/credentials#no-kind) and [a kind](/credentials/no-kind).';

describe('links to the pages the data files make', () => {
  it('resolve to the glossary terms, survey charts and credential kinds those files name', () => {
    expect(problemsIn(makeContentDir({ 'guides/red-flags.md': withLinks(working) }))).toEqual([]);
  });

  it('are reported, at their line, when the term, chart or kind does not exist', () => {
    expect(problemsIn(makeContentDir({ 'guides/red-flags.md': withLinks(broken) })).map(short)).toEqual([
      'red-flags.md:15: body: link /glossary#no-term: the page /glossary has no anchor "no-term"',
      'red-flags.md:15: body: link /research#no-chart: the page /research has no anchor "no-chart"',
      'red-flags.md:15: body: link /credentials#no-kind: the page /credentials has no anchor "no-kind"',
      'red-flags.md:15: body: link /credentials/no-kind points at /credentials/no-kind, which is not a page on this site',
    ]);
  });

  it('are not blamed on the article while the file that makes the page cannot be read, and the others still are', () => {
    for (const [file, page] of [['glossary.yaml', '/glossary'], ['research.yaml', '/research'], ['credentials.yaml', '/credentials']] as const) {
      const problems = problemsIn(makeContentDir({ 'guides/red-flags.md': withLinks(broken), [file]: 'id: [not closed\n' })).map(short);
      expect(problems.filter((p) => p.startsWith(`${file}:2: yaml: `)), file).toHaveLength(1);
      const articleLinks = problems.filter((p) => p.startsWith('red-flags.md'));
      expect(articleLinks.filter((p) => p.includes(`link ${page}`)), file).toEqual([]);
      expect(articleLinks.length, file).toBe(page === '/credentials' ? 2 : 3);
    }
  });
});
