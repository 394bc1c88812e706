import { z } from 'zod';
import { checkUniqueIds, namedIds, readYamlData, type Problems, type YamlData } from './collect';
import { sitePath, slug, text } from './fields';
import type { LinkTarget } from './links';
import type { Source } from './sources';

/** One survey figure: a share of the people asked, as our source reports it. */
export const figureSchema = z.strictObject({
  /** Stable id, used by charts and by credential pages (`figures:` in credentials.yaml). */
  id: slug,
  /** The share in percent, 0 to 100, exactly as the source gives it (no rounding of our own). */
  value: z.number({ error: 'expected a percentage like 46' }).min(0, { error: 'must be 0 or more' }).max(100, { error: 'must be 100 or less' }),
  /** `exact` (46%) or `more-than` (the source says "more than 7 in 10": write 70). */
  bound: z.enum(['exact', 'more-than']).default('exact'),
  /** What the share of people said or did, short enough to label a bar: "Unsure of the skills gained". */
  label: text(5, 110),
  /** What they were asked about, in our words (our sources do not quote the questions). */
  asked: text(10, 300),
  /** Who was asked, for this figure: everyone in the survey, or the group the figure covers. */
  who: text(5, 200),
  /** How many people answered, where our source says; its numbers must appear in the source's `surveyed`. */
  sample: text(3, 200).optional(),
  /** Which countries, where our source says; its numbers must appear in the source's `surveyed`. */
  countries: text(3, 200).optional(),
  /** The survey, from `content/sources.yaml`. */
  sourceId: slug,
  /** The year of the survey; must match the source's date when the source has one. */
  year: z.int({ error: 'expected a year like 2023' }).min(1990, { error: 'expected a year like 2023' }).max(2100, { error: 'expected a year like 2023' }),
});

/** A bar chart on /research: figures from one survey about the same group of people. */
export const chartSchema = z.strictObject({
  /** Stable id; also the chart's anchor on /research (`/research#id`). */
  id: slug,
  /**
   * The chart's heading and accessible name. Say what it shows, not what to conclude; keep what
   * happened and what people say they would do in charts of their own.
   */
  title: text(5, 120),
  /** The figures drawn as bars, in this order. Every figure is in exactly one chart. */
  figures: z.array(slug).min(1, { error: 'give at least 1 figure' }).max(6, { error: 'give at most 6 figures; split the chart' }),
  /** How much weight a reader can put on these numbers, in plain words (a stake, a gap, a small sample). */
  caveat: text(20, 600),
});

/** Something a source found that has no number to chart. */
export const findingSchema = z.strictObject({
  /** Stable id. */
  id: slug,
  /** The finding in our own words, with no figure that is not in `figures`. */
  text: text(20, 600),
  /** Where it comes from, from `content/sources.yaml`. */
  sourceId: slug,
  /** Where the guide says more: `/guides/slug#heading`. Checked. */
  guide: sitePath().optional(),
});

/** One bar of a data chart: a label and its value, in the chart's unit. */
export const dataBarSchema = z.strictObject({
  /** What the bar stands for, short enough to label it: "High school diploma", "2019". No figure of its own. */
  label: text(1, 110),
  /** The value as the source gives it, in the chart's unit (no rounding of our own). */
  value: z.number({ error: 'expected a number like 47710' }).min(0, { error: 'must be 0 or more' }),
  /** `exact`, `up-to` (the source says "up to 86%"), or `about` (the source says "about 50%"). */
  bound: z.enum(['exact', 'up-to', 'about']).default('exact'),
});

/**
 * A chart on /research of figures that are not survey answers: pay, counts, rates from
 * government data, research or a case. Its figures are typed here only, in its bars.
 */
export const dataChartSchema = z.strictObject({
  /** Stable id; also the chart's anchor on /research (`/research#id`). */
  id: slug,
  /** The chart's heading and accessible name: what it shows, in plain words. */
  title: text(5, 120),
  /** What the values are: `dollars` ($47,710), `count` (1,850,034) or `percent` (86%). */
  unit: z.enum(['dollars', 'count', 'percent']),
  /** The bars, in this order. */
  bars: z.array(dataBarSchema).min(1, { error: 'give at least 1 bar' }).max(6, { error: 'give at most 6 bars; split the chart' }),
  /** Where the figures come from, from `content/sources.yaml`. */
  sourceId: slug,
  /** The year the source published the figures; must match the source's date. */
  year: z.int({ error: 'expected a year like 2024' }).min(1990, { error: 'expected a year like 2024' }).max(2100, { error: 'expected a year like 2024' }),
  /** How much weight a reader can put on these numbers, in plain words, with no figure of its own. */
  caveat: text(20, 600),
});

/** `content/research.yaml`: every survey figure the site shows, typed once. */
export const researchFileSchema = z.strictObject({
  /** Every survey figure from the fact sheet. */
  figures: z.array(figureSchema).min(1, { error: 'give at least 1 figure' }),
  /** How /research groups figures into bar charts, in page order. */
  charts: z.array(chartSchema).min(1, { error: 'give at least 1 chart' }),
  /** Findings without a number (what employers value, what a report found in words). */
  findings: z.array(findingSchema).default([]),
  /** Charts of figures that are not survey answers (pay, counts, a case), in page order. */
  dataCharts: z.array(dataChartSchema).default([]),
});

export type Figure = z.infer<typeof figureSchema>;
export type DataBar = z.infer<typeof dataBarSchema>;
export type ResearchFile = z.infer<typeof researchFileSchema>;

/** A figure as the site writes it: `46%`, or `more than 70%`. */
export function formatShare(f: Pick<Figure, 'value' | 'bound'>): string {
  return `${f.bound === 'more-than' ? 'more than ' : ''}${f.value}%`;
}

/** A data chart's value as the site writes it: `$47,710`, `1,850,034`, `up to 86%`, `about 50%`. */
export function formatDataValue(unit: 'dollars' | 'count' | 'percent', bar: Pick<DataBar, 'value' | 'bound'>): string {
  const n = bar.value.toLocaleString('en-US');
  const value = unit === 'dollars' ? `$${n}` : unit === 'percent' ? `${n}%` : n;
  return `${bar.bound === 'up-to' ? 'up to ' : bar.bound === 'about' ? 'about ' : ''}${value}`;
}

/** Reads `content/research.yaml` against its schema (cross-checks come later, in `checkResearch`). */
export const readResearch = (contentDir: string, problems: Problems) =>
  readYamlData(contentDir, 'research.yaml', researchFileSchema, problems);

/** The page this file makes, and its anchors: one per survey chart, `/research#<id>`. */
export function researchLinkTargets(data: YamlData<ResearchFile>): LinkTarget[] {
  const charts = namedIds(data, 'charts');
  // Survey charts and data charts each get a section with their id on /research.
  return [['/research', charts ? [...charts, ...(namedIds(data, 'dataCharts') ?? [])] : null]];
}

/**
 * Every figure id the file names, valid or not, for files that point at figures (so one bad
 * figure does not cascade); undefined when the file could not be read.
 */
export function researchFigureIds(data: YamlData<ResearchFile>): ReadonlySet<string> | undefined {
  const ids = namedIds(data, 'figures');
  return ids && new Set(ids);
}

const NO_NUMBERS = 'has a number; put figures in "figures" (and counts in "sample" or "countries") so each is typed once';

const numbersIn = (s: string) => s.match(/\d[\d,.]*/g)?.map((n) => n.replace(/[,.]$/, '')) ?? [];

/**
 * Checks research.yaml against itself and the sources: unique ids, every source known and a
 * survey, the year matching the source, every figure in exactly one chart, one source and one
 * group of people per chart. Returns the research model, or nothing if anything was wrong.
 */
export function checkResearch(
  data: YamlData<ResearchFile>,
  sourcesById: ReadonlyMap<string, Source>,
  checkSiteLink: (href: string) => string | undefined,
  problems: Problems,
) {
  if (!data.data) return undefined;
  const { figures, charts, findings, dataCharts } = data.data;
  const before = problems.list.length;
  const { file } = data;
  const at = (path: PropertyKey[]) => data.yaml?.lineOf(path);
  const where = (path: PropertyKey[]) => data.label(path);

  const figureIds = checkUniqueIdsAt(figures, 'figures', 'figure', data, problems);
  checkUniqueIdsAt(charts, 'charts', 'chart', data, problems);
  checkUniqueIdsAt(findings, 'findings', 'finding', data, problems);
  const chartIds = new Set(charts.map((c) => c.id));
  dataCharts.forEach((c, i) => {
    const path = ['dataCharts', i];
    if (chartIds.has(c.id)) problems.add(file, where([...path, 'id']), `"${c.id}" is already the id of a survey chart; each chart needs its own anchor`, at([...path, 'id']));
    chartIds.add(c.id);
    const source = sourcesById.get(c.sourceId);
    if (!source) problems.add(file, where([...path, 'sourceId']), `"${c.sourceId}" is not in content/sources.yaml`, at([...path, 'sourceId']));
    const sourceYear = source?.date?.slice(0, 4);
    if (sourceYear && String(c.year) !== sourceYear) {
      problems.add(file, where([...path, 'year']), `${c.year} does not match the year of "${c.sourceId}" (${sourceYear})`, at([...path, 'year']));
    }
    if (c.unit === 'percent') {
      c.bars.forEach((b, j) => {
        if (b.value > 100) problems.add(file, where([...path, 'bars', j, 'value']), 'must be 100 or less for a percent chart', at([...path, 'bars', j, 'value']));
      });
    }
    if (/\d/.test(c.caveat)) problems.add(file, where([...path, 'caveat']), NO_NUMBERS, at([...path, 'caveat']));
  });
  checkUniqueIdsAt(dataCharts, 'dataCharts', 'data chart', data, problems);

  figures.forEach((f, i) => {
    const path = ['figures', i];
    const source = sourcesById.get(f.sourceId);
    if (!source) {
      problems.add(file, where([...path, 'sourceId']), `"${f.sourceId}" is not in content/sources.yaml`, at([...path, 'sourceId']));
      return;
    }
    if (source.kind !== 'survey') problems.add(file, where([...path, 'sourceId']), `"${f.sourceId}" is a ${source.kind}, not a survey`, at([...path, 'sourceId']));
    const sourceYear = source.date?.slice(0, 4);
    if (sourceYear && String(f.year) !== sourceYear) {
      problems.add(file, where([...path, 'year']), `${f.year} does not match the year of "${f.sourceId}" (${sourceYear})`, at([...path, 'year']));
    }
    for (const field of ['sample', 'countries'] as const) {
      for (const n of numbersIn(f[field] ?? '')) {
        if (!numbersIn(source.surveyed ?? '').includes(n)) {
          problems.add(file, where([...path, field]), `${n} is not in what sources.yaml says about who "${f.sourceId}" asked ("surveyed")`, at([...path, field]));
        }
      }
    }
  });

  const chartOf = new Map<string, string>();
  const byId = new Map(figures.map((f) => [f.id, f]));
  charts.forEach((c, i) => {
    c.figures.forEach((id, j) => {
      const path = ['charts', i, 'figures', j];
      if (!figureIds.has(id)) problems.add(file, where(path), `"${id}" is not a figure in this file`, at(path));
      else if (chartOf.has(id)) problems.add(file, where(path), `"${id}" is already drawn in chart "${chartOf.get(id)}"; draw each figure once`, at(path));
      else chartOf.set(id, c.id);
    });
    const members = c.figures.map((id) => byId.get(id)).filter((f): f is Figure => !!f);
    const [first] = members;
    if (first && members.some((f) => f.sourceId !== first.sourceId)) {
      problems.add(file, where(['charts', i, 'figures']), 'mixes figures from different sources; a chart shows one survey', at(['charts', i, 'figures']));
    }
    if (first && members.some((f) => f.who !== first.who || f.sample !== first.sample || f.countries !== first.countries)) {
      problems.add(file, where(['charts', i, 'figures']), 'mixes figures about different groups of people ("who", "sample", "countries"); compare like with like', at(['charts', i, 'figures']));
    }
  });
  figures.forEach((f, i) => {
    if (!chartOf.has(f.id) && figureIds.has(f.id)) {
      problems.add(file, where(['figures', i, 'id']), `"${f.id}" is in no chart; every figure is shown on /research`, at(['figures', i, 'id']));
    }
  });
  findings.forEach((f, i) => {
    if (!sourcesById.has(f.sourceId)) problems.add(file, where(['findings', i, 'sourceId']), `"${f.sourceId}" is not in content/sources.yaml`, at(['findings', i, 'sourceId']));
    if (/\d/.test(f.text)) problems.add(file, where(['findings', i, 'text']), NO_NUMBERS, at(['findings', i, 'text']));
    const linkProblem = f.guide && checkSiteLink(f.guide);
    if (linkProblem) problems.add(file, where(['findings', i, 'guide']), linkProblem, at(['findings', i, 'guide']));
  });
  charts.forEach((c, i) => {
    if (/\d/.test(c.caveat)) problems.add(file, where(['charts', i, 'caveat']), NO_NUMBERS, at(['charts', i, 'caveat']));
  });
  if (problems.list.length > before) return undefined;
  return toResearch(data.data, sourcesById);
}

function toResearch(file: ResearchFile, sourcesById: ReadonlyMap<string, Source>) {
  const source = (id: string) => sourcesById.get(id) as Source;
  /** The source through which we know this one, when we have not read it first-hand. */
  const via = (id: string) => {
    const reportedIn = source(id).reportedIn;
    return reportedIn ? sourcesById.get(reportedIn) : undefined;
  };
  const chartOf = new Map(file.charts.flatMap((c) => c.figures.map((id) => [id, c.id] as const)));
  const figures = file.figures.map((f) => ({ ...f, chartId: chartOf.get(f.id) as string, source: source(f.sourceId), via: via(f.sourceId) }));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const charts = file.charts.map((c) => {
    const members = c.figures.map((id) => byId.get(id) as ChartFigure);
    const { who, sample, countries, year, source: chartSource, via: chartVia } = members[0] as ChartFigure;
    return { ...c, figures: members, who, sample, countries, year, source: chartSource, via: chartVia };
  });
  return {
    figures,
    charts,
    findings: file.findings.map((f) => ({ ...f, source: source(f.sourceId), via: via(f.sourceId) })),
    dataCharts: file.dataCharts.map((c) => ({ ...c, source: source(c.sourceId), via: via(c.sourceId) })),
  };
}

type ChartFigure = Figure & { chartId: string; source: Source; via: Source | undefined };

export type Research = ReturnType<typeof toResearch>;
/** A figure as pages use it: with its source and the id of the chart that draws it. */
export type ResearchFigure = Research['figures'][number];
export type Chart = Research['charts'][number];
/** A chart of figures that are not survey answers, with its source. */
export type DataChart = Research['dataCharts'][number];

/** `checkUniqueIds` for a list that sits under a key of the file rather than at its top. */
function checkUniqueIdsAt(entries: readonly { id: string }[], key: string, what: string, data: YamlData<unknown>, problems: Problems) {
  const yaml = data.yaml && { ...data.yaml, lineOf: (p: readonly PropertyKey[]) => data.yaml?.lineOf([key, ...p]) };
  return checkUniqueIds(entries, what, { ...data, label: (p) => data.label([key, ...p]), ...(yaml ? { yaml } : {}) }, problems);
}
