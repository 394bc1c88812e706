import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { edit, makeContentDir, removeContentDirs } from './helpers/content-fixture';
import { problemsIn, short } from './helpers/problems';

afterEach(removeContentDirs);

const pages = (from: string, to: string) => makeContentDir({ 'pages.yaml': edit('pages.yaml', from, to) });

describe('pages.yaml', () => {
  it('gives every page that is not an article its review date, by path', () => {
    const { pageReviews } = loadContent(makeContentDir());
    expect(pageReviews['/checklist']).toBe('2024-01-10');
    expect(pageReviews['/credentials/boot-camp']).toBe('2024-01-10');
    expect(pageReviews['/about']).toBe('2024-01-10');
    // Pages with nothing of their own to review get no date.
    expect(pageReviews['/search']).toBeUndefined();
  });

  it('reports a date that is not a date, naming the file, line and field', () => {
    expect(problemsIn(pages('- path: /glossary\n  reviewed: 2024-01-10', '- path: /glossary\n  reviewed: soon')).map(short)).toEqual([
      expect.stringMatching(/^pages\.yaml:\d+: \[\d+\]\.reviewed: expected a date like 2024-03-20, got "soon"$/),
    ]);
    expect(problemsIn(pages('- path: /glossary\n  reviewed: 2024-01-10', '- path: /glossary\n  reviewed: 2024-02-30')).map(short)).toEqual([
      expect.stringMatching(/\.reviewed: expected a date like 2024-03-20, got "2024-02-30"$/),
    ]);
  });

  it('reports a date in the future', () => {
    const problems = problemsIn(pages('- path: /glossary\n  reviewed: 2024-01-10', '- path: /glossary\n  reviewed: 2999-01-01')).map(short);
    expect(problems).toEqual([expect.stringMatching(/^pages\.yaml:\d+: \[\d+\]\.reviewed: 2999-01-01 is in the future$/)]);
  });

  it('reports a path that is not a page, an article, a page listed twice and a page left out', () => {
    const text = edit('pages.yaml', '- path: /glossary\n', '- path: /guides/set-a-goal\n  reviewed: 2024-01-10\n- path: /credentials/no-such-kind\n  reviewed: 2024-01-10\n- path: /research\n');
    expect(problemsIn(makeContentDir({ 'pages.yaml': text })).map(short)).toEqual([
      expect.stringMatching(/\.path: \/guides\/set-a-goal is an article; its date goes in its own frontmatter \(reviewed\)$/),
      expect.stringMatching(/\.path: \/credentials\/no-such-kind is not a page on this site that shows a review date$/),
      expect.stringMatching(/\.path: \/research is listed twice$/),
      'pages.yaml: file: has no reviewed date for /glossary; every page shows when it was last reviewed',
    ]);
  });

  it('reports a missing file', () => {
    expect(problemsIn(makeContentDir({ 'pages.yaml': null })).map(short)).toEqual(['pages.yaml: file: is missing']);
  });
});
