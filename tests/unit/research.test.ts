import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatShare, researchFileSchema } from '@/lib/content/research';
import { edit, makeContentDir, removeContentDirs } from './helpers/content-fixture';
import { problemsIn, short } from './helpers/problems';

afterEach(removeContentDirs);

const research = (from: string, to: string) => makeContentDir({ 'research.yaml': edit('research.yaml', from, to) });

describe('research.yaml', () => {
  it('loads figures, charts in file order, and findings with their sources', () => {
    const { research: r } = loadContent(makeContentDir());
    expect(r.figures.map((f) => f.id)).toEqual(['familiar', 'helps', 'unsure']);
    expect(r.charts.map((c) => [c.id, c.figures.map((f) => f.id)])).toEqual([['views', ['familiar', 'helps']], ['doubts', ['unsure']]]);
    const [views] = r.charts;
    expect(views).toMatchObject({ who: 'Hiring managers', sample: 'About 1,200 hiring managers', year: 2023 });
    expect(views?.source.id).toBe('employer-survey');
    expect(views?.via?.id).toBe('news-2024');
    expect(r.figures.find((f) => f.id === 'unsure')?.chartId).toBe('doubts');
    expect(r.findings[0]?.source.publisher).toBe('Wage Institute');
  });

  it('defaults bound to exact and writes shares the one way the site shows them', () => {
    const { research: r } = loadContent(makeContentDir());
    expect(r.figures.map((f) => [f.bound, formatShare(f)])).toEqual([['exact', '69%'], ['more-than', 'more than 70%'], ['exact', '46%']]);
  });

  it('reports schema problems with file, line and field', () => {
    const problems = problemsIn(research('    value: 46\n', '    value: 146\n    colour: red\n'));
    expect(problems.map(short)).toEqual([
      'research.yaml:20: figures[2].value: must be 100 or less',
      'research.yaml:21: figures[2]: unknown field "colour" (check the spelling)',
    ]);
  });

  it('reports a figure whose source is missing, or is not a survey, or has another year', () => {
    const dir = makeContentDir({
      'research.yaml': edit('research.yaml', 'sourceId: employer-survey\n    year: 2023\n  - id: helps', 'sourceId: employer-surveys\n    year: 2023\n  - id: helps')
        .replace('    sourceId: employer-survey\n    year: 2023\n  - id: unsure', '    sourceId: employer-survey\n    year: 2022\n  - id: unsure')
        .replace('    sourceId: employer-survey\n    year: 2023\ncharts', '    sourceId: news-2024\n    year: 2024\ncharts'),
    });
    expect(problemsIn(dir).map(short)).toEqual([
      'research.yaml:8: figures[0].sourceId: "employer-surveys" is not in content/sources.yaml',
      'research.yaml:18: figures[1].year: 2022 does not match the year of "employer-survey" (2023)',
      'research.yaml:25: figures[2].sourceId: "news-2024" is a news, not a survey',
      'research.yaml:24: figures[2].sample: 1,200 is not in what sources.yaml says about who "news-2024" asked ("surveyed")',
      // The first chart's two figures now name different sources.
      'research.yaml:30: charts[0].figures: mixes figures from different sources; a chart shows one survey',
    ]);
  });

  it('reports a sample or country count that the source does not give', () => {
    const problems = problemsIn(research('    sample: About 1,200 hiring managers\n    sourceId: employer-survey\n    year: 2023\n  - id: unsure', '    sample: About 1,200 hiring managers\n    countries: 5 countries\n    sourceId: employer-survey\n    year: 2023\n  - id: unsure'));
    expect(problems.map(short)).toEqual([
      'research.yaml:17: figures[1].countries: 5 is not in what sources.yaml says about who "employer-survey" asked ("surveyed")',
      // The two figures of the first chart now describe different groups.
      'research.yaml:31: charts[0].figures: mixes figures about different groups of people ("who", "sample", "countries"); compare like with like',
    ]);
  });

  it('reports figures drawn twice, figures in no chart, and charts naming unknown figures', () => {
    const twice = problemsIn(research('figures: [unsure]', 'figures: [unsure, familiar]'));
    expect(twice.map(short)).toEqual(['research.yaml:34: charts[1].figures[1]: "familiar" is already drawn in chart "views"; draw each figure once']);

    const none = problemsIn(research('figures: [unsure]', 'figures: [nope]'));
    expect(none.map(short)).toEqual([
      'research.yaml:34: charts[1].figures[0]: "nope" is not a figure in this file',
      'research.yaml:19: figures[2].id: "unsure" is in no chart; every figure is shown on /research',
    ]);
  });

  it('reports duplicate ids in each list at the line of the second one', () => {
    const problems = problemsIn(research('  - id: unsure\n', '  - id: familiar\n'));
    expect(problems.map(short)).toEqual([
      'research.yaml:19: figures[2].id: duplicate id "familiar"; every figure needs its own id',
      'research.yaml:34: charts[1].figures[0]: "unsure" is not a figure in this file',
    ]);
  });

  it('reports numbers typed into caveats and findings, and a broken finding link', () => {
    const text = edit('research.yaml', 'caveat: Knowing a kind of credential is not the same as trusting one.', 'caveat: Only 46 in 100 trust one, which is not the same as knowing it.')
      .replace('went down.', 'went down by 3 points.')
      .replace('guide: /guides/set-a-goal#why-a-goal-matters', 'guide: /guides/set-a-goal#why');
    const problems = problemsIn(makeContentDir({ 'research.yaml': text }));
    expect(problems.map((p) => `${p.line}: ${p.where}`)).toEqual(['38: findings[0].text', '40: findings[0].guide', '35: charts[1].caveat']);
    expect(problems.map((p) => p.message.slice(0, 20))).toEqual(['has a number; put fi', 'link /guides/set-a-g', 'has a number; put fi']);
  });

  it('reports a chart that mixes two surveys', () => {
    const dir = makeContentDir({
      'sources.yaml': edit(
        'sources.yaml',
        '- id: wage-report',
        '- id: other-survey\n  title: Another survey\n  publisher: Other Group\n  date: "2023"\n  kind: survey\n  surveyed: About 1,200 hiring managers.\n  noUrl: Printed only.\n- id: wage-report',
      ),
      'research.yaml': edit('research.yaml', '    sourceId: employer-survey\n    year: 2023\n  - id: helps', '    sourceId: other-survey\n    year: 2023\n  - id: helps')
        .replace('    sample: About 1,200 hiring managers\n    sourceId: other-survey', '    sourceId: other-survey'),
    });
    expect(problemsIn(dir).map(short)).toEqual([
      'research.yaml:29: charts[0].figures: mixes figures from different sources; a chart shows one survey',
      // The other survey's figure has no sample, so the groups differ too.
      'research.yaml:29: charts[0].figures: mixes figures about different groups of people ("who", "sample", "countries"); compare like with like',
    ]);
  });

  it('says when the file is missing', () => {
    expect(problemsIn(makeContentDir({ 'research.yaml': null })).map((p) => `${p.where}: ${p.message}`)).toEqual(['file: is missing']);
  });

  it('accepts only percentages from 0 to 100', () => {
    const base = { figures: [], charts: [] };
    expect(researchFileSchema.safeParse(base).success).toBe(false);
    const figure = { id: 'x', value: -1, label: 'A label', asked: 'A question asked', who: 'Someone', sourceId: 's', year: 2023 };
    expect(researchFileSchema.safeParse({ figures: [figure], charts: [{ id: 'c', title: 'A chart', figures: ['x'], caveat: 'A caveat that is long enough.' }] }).success).toBe(false);
    expect(researchFileSchema.safeParse({ figures: [{ ...figure, value: 0 }], charts: [{ id: 'c', title: 'A chart', figures: ['x'], caveat: 'A caveat that is long enough.' }] }).success).toBe(true);
  });
});
