import { afterEach, describe, expect, it } from 'vitest';
import { barLength } from '@/components/charts/DataChart';
import { loadContent } from '@/lib/content/load';
import { formatDataValue, researchFileSchema } from '@/lib/content/research';
import { edit, makeContentDir, removeContentDirs } from './helpers/content-fixture';
import { problemsIn, short } from './helpers/problems';

afterEach(removeContentDirs);

const END = '    guide: /guides/set-a-goal#why-a-goal-matters\n';
const pay = `dataCharts:
  - id: pay
    title: Median pay by schooling
    unit: dollars
    bars:
      - label: Certificate
        value: 47710
      - label: All jobs
        value: 48060
    sourceId: news-2024
    year: 2024
    caveat: Pay for jobs, not what people earn after a program.
`;
/** The fixture's research.yaml with `extra` appended after its findings. */
const withDataCharts = (extra: string) => makeContentDir({ 'research.yaml': edit('research.yaml', END, END + extra) });

describe('dataCharts in research.yaml', () => {
  it('are optional, and load with their source in file order', () => {
    expect(loadContent(makeContentDir()).research.dataCharts).toEqual([]);
    const { research } = loadContent(withDataCharts(pay));
    expect(research.dataCharts.map((c) => [c.id, c.unit, c.source.publisher, c.bars.map((b) => [b.label, b.value, b.bound])])).toEqual([
      ['pay', 'dollars', 'Daily News', [['Certificate', 47710, 'exact'], ['All jobs', 48060, 'exact']]],
    ]);
  });

  it('are anchors an article may link to, as survey charts are', () => {
    const linking = edit('guides/red-flags.md', 'Watch for promises{cite:news-2024}.', 'Watch for promises{cite:news-2024}. See [the pay chart](/research#pay) and [no chart](/research#no-such-chart).');
    expect(problemsIn(makeContentDir({ 'research.yaml': edit('research.yaml', END, END + pay), 'guides/red-flags.md': linking })).map(short)).toEqual([
      'red-flags.md:15: body: link /research#no-such-chart: the page /research has no anchor "no-such-chart"',
    ]);
  });

  it('report an unknown source, a year that is not the source\'s, and a number in the caveat, naming file and field', () => {
    const broken = pay.replace('sourceId: news-2024', 'sourceId: no-such-source').replace('Pay for jobs', 'Pay for 3 kinds of jobs');
    expect(problemsIn(withDataCharts(broken)).map(short)).toEqual([
      'research.yaml:50: dataCharts[0].sourceId: "no-such-source" is not in content/sources.yaml',
      'research.yaml:52: dataCharts[0].caveat: has a number; put figures in "figures" (and counts in "sample" or "countries") so each is typed once',
    ]);
    expect(problemsIn(withDataCharts(pay.replace('year: 2024', 'year: 2023'))).map(short)).toEqual([
      'research.yaml:51: dataCharts[0].year: 2023 does not match the year of "news-2024" (2024)',
    ]);
  });

  it('report empty bars, an unknown unit, and a percent over 100', () => {
    const empty = pay.replace(/    bars:\n(.|\n)*?    sourceId/, '    bars: []\n    sourceId');
    expect(problemsIn(withDataCharts(empty)).map(short)).toEqual(['research.yaml:45: dataCharts[0].bars: give at least 1 bar']);
    const unit = problemsIn(withDataCharts(pay.replace('unit: dollars', 'unit: euros')));
    expect(unit.map((p) => `${p.file.split('/').pop()}: ${p.where}`)).toEqual(['research.yaml: dataCharts[0].unit']);
    const over = problemsIn(withDataCharts(pay.replace('unit: dollars', 'unit: percent')));
    expect(over.map(short)).toEqual([
      'research.yaml:47: dataCharts[0].bars[0].value: must be 100 or less for a percent chart',
      'research.yaml:49: dataCharts[0].bars[1].value: must be 100 or less for a percent chart',
    ]);
  });

  it('report an id that a survey chart already uses', () => {
    expect(problemsIn(withDataCharts(pay.replace('id: pay', 'id: views'))).map(short)).toEqual([
      'research.yaml:42: dataCharts[0].id: "views" is already the id of a survey chart; each chart needs its own anchor',
    ]);
  });

  it('reject a negative value and an unknown field in the schema', () => {
    const chart = { id: 'c', title: 'A chart', unit: 'count', bars: [{ label: '2019', value: 5 }], sourceId: 's', year: 2024, caveat: 'A caveat that is long enough.' };
    const base = { figures: [{ id: 'x', value: 1, label: 'A label', asked: 'A question asked', who: 'Someone', sourceId: 's', year: 2023 }], charts: [{ id: 'k', title: 'A chart', figures: ['x'], caveat: 'A caveat that is long enough.' }] };
    expect(researchFileSchema.safeParse({ ...base, dataCharts: [chart] }).success).toBe(true);
    expect(researchFileSchema.safeParse({ ...base, dataCharts: [{ ...chart, bars: [{ label: '2019', value: -5 }] }] }).success).toBe(false);
    expect(researchFileSchema.safeParse({ ...base, dataCharts: [{ ...chart, colour: 'red' }] }).success).toBe(false);
  });
});

describe('formatDataValue', () => {
  it('writes dollars, counts and percents the way the site shows them, with "up to" and "about"', () => {
    expect(formatDataValue('dollars', { value: 47710, bound: 'exact' })).toBe('$47,710');
    expect(formatDataValue('count', { value: 1850034, bound: 'exact' })).toBe('1,850,034');
    expect(formatDataValue('percent', { value: 86, bound: 'up-to' })).toBe('up to 86%');
    expect(formatDataValue('percent', { value: 50, bound: 'about' })).toBe('about 50%');
  });
});

describe('barLength', () => {
  it('draws a percent as itself, and dollars or counts against the largest bar', () => {
    expect(barLength({ unit: 'percent', bars: [{ label: 'a', value: 86, bound: 'up-to' }, { label: 'b', value: 50, bound: 'about' }] }, 50)).toBe(50);
    const counts = { unit: 'count' as const, bars: [{ label: '2018', value: 334114, bound: 'exact' as const }, { label: '2025', value: 1850034, bound: 'exact' as const }] };
    expect(barLength(counts, 1850034)).toBe(100);
    expect(barLength(counts, 334114)).toBe(18.1);
  });
});
