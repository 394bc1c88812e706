import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The data files as an editor wrote them, read straight from content/ with the yaml package
 * (not through lib/), so the browser tests compare the pages with the files themselves.
 */
function read<T>(name: string): T {
  return parse(readFileSync(path.resolve('content', name), 'utf8'), { schema: 'core' }) as T;
}

export type FigureData = { id: string; value: number; bound?: 'exact' | 'more-than'; label: string; who: string; sourceId: string };
export type DataChartData = {
  id: string;
  title: string;
  unit: 'dollars' | 'count' | 'percent';
  bars: { label: string; value: number; bound?: 'exact' | 'up-to' | 'about' }[];
  sourceId: string;
};
export type ResearchData = { figures: FigureData[]; charts: { id: string; title: string; figures: string[] }[]; dataCharts?: DataChartData[] };
type Answer = { answer: 'yes' | 'sometimes' | 'no' };
type Fact = { text: string; sourceIds: string[] };
export type KindData = {
  id: string; name: string; credit: Answer; stacks: Answer; length?: { text: string }; figures?: { id: string }[]; checks: { guide?: string }[];
  quality?: Fact; aid?: Fact; price?: Fact & { asOf: string };
};
export type TermData = { id: string; term: string };

export type SourceData = { id: string; title: string; kind: string; url?: string; noUrl?: string; reportedIn?: string; reportedBy?: string };

export const pagesData = () => read<{ path: string; reviewed: string }[]>('pages.yaml');
export const sourcesData = () => read<SourceData[]>('sources.yaml');
export const researchData = () => read<ResearchData>('research.yaml');
export const credentialsData = () => read<KindData[]>('credentials.yaml');
export const glossaryData = () => read<TermData[]>('glossary.yaml');

/** How a figure must read on the page, written out here rather than borrowed from the site's code. */
export function expectedShare(f: FigureData): RegExp {
  const number = `${f.value}%`;
  return new RegExp(`^${f.bound === 'more-than' ? 'more than ' : ''}${number.replace('.', '\\.')}$`, 'i');
}

/** How a data chart's value must read on the page: "$47,710", "1,850,034", "Up to 86%". */
export function expectedDataValue(unit: DataChartData['unit'], bar: DataChartData['bars'][number]): string {
  const grouped = String(bar.value).replace(/\B(?=(\d{3})+$)/g, ',');
  const value = unit === 'dollars' ? `$${grouped}` : unit === 'percent' ? `${grouped}%` : grouped;
  return bar.bound === 'up-to' ? `Up to ${value}` : bar.bound === 'about' ? `About ${value}` : value;
}
