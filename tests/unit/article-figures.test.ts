import { afterEach, describe, expect, it } from 'vitest';
import { checkPercentage, citedPercentages } from '@/lib/content/article-figures';
import { BASE_FILES, makeContentDir, removeContentDirs } from './helpers/content-fixture';
import { problemsIn, short } from './helpers/problems';

afterEach(removeContentDirs);

describe('citedPercentages', () => {
  it('credits each figure to the citations after it in its paragraph', () => {
    const body = [
      'Intro line.',
      '',
      'About 46% were unsure and 42% worried about the price{cite:upcea-2023}. Also 61% said yes{cite:coursera-2023}{cite:usnews-2024}.',
      '',
      'A wage premium means at least 10 percent more pay{cite:lumina-wage-premiums}.',
      '',
      'Nobody said where 12% comes from.',
    ].join('\n');
    expect(citedPercentages(body)).toEqual([
      { text: '46%', value: 46, sourceIds: ['upcea-2023'], line: 3 },
      { text: '42%', value: 42, sourceIds: ['upcea-2023'], line: 3 },
      { text: '61%', value: 61, sourceIds: ['coursera-2023', 'usnews-2024'], line: 3 },
      { text: '10 percent', value: 10, sourceIds: ['lumina-wage-premiums'], line: 5 },
      { text: '12%', value: 12, sourceIds: [], line: 7 },
    ]);
  });

  it('does not carry a citation across paragraphs', () => {
    expect(citedPercentages('Some 46% said so.\n\nA later claim{cite:upcea-2023}.')[0]?.sourceIds).toEqual([]);
  });
});

describe('checkPercentage', () => {
  const figures = new Map([['upcea-2023', [46, 42, 69]]]);
  const at = (text: string, value: number, sourceIds: string[]) => ({ text, value, sourceIds, line: 1 });

  it('accepts a survey figure that research.yaml has, and figures from sources it does not chart', () => {
    expect(checkPercentage(at('46%', 46, ['upcea-2023']), figures)).toBeUndefined();
    expect(checkPercentage(at('10%', 10, ['lumina-wage-premiums']), figures)).toBeUndefined();
  });

  it('names the survey and the figures it does have when a number has drifted', () => {
    expect(checkPercentage(at('64%', 64, ['upcea-2023']), figures)).toBe(
      '64% is credited to upcea-2023, but content/research.yaml has no such figure from it (upcea-2023: 42, 46, 69); use the figure as research.yaml gives it, or add it there',
    );
  });

  it('asks for a citation when a figure has none', () => {
    expect(checkPercentage(at('12%', 12, []), figures)).toMatch(/^12% has no citation after it in its paragraph/);
  });
});

describe('the content check', () => {
  const withSentence = (sentence: string) => {
    const base = BASE_FILES['guides/set-a-goal.md'] ?? '';
    return makeContentDir({
      'guides/set-a-goal.md': base
        .replace('sources: [news-2024]', 'sources: [news-2024, employer-survey]')
        .replace('Start with the job you want{cite:news-2024}.', `Start with the job you want{cite:news-2024}. ${sentence}`),
    });
  };

  it('passes an article whose survey figure matches research.yaml', () => {
    expect(problemsIn(withSentence('About 69% of hiring managers know them{cite:employer-survey}.'))).toEqual([]);
  });

  it('fails an article whose survey figure drifted, naming the file, line and figures', () => {
    const problems = problemsIn(withSentence('About 64% of hiring managers know them{cite:employer-survey}.')).map(short);
    expect(problems).toEqual([
      expect.stringMatching(/^set-a-goal\.md:\d+: body: 64% is credited to employer-survey, but content\/research\.yaml has no such figure from it \(employer-survey: 46, 69, 70\)/),
    ]);
  });
});
