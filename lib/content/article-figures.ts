import { CITE_PATTERN } from '../markdown/facts';

/** A percentage typed in an article, with the sources cited right after it. */
export type CitedPercentage = {
  text: string;
  value: number;
  /** Sources cited by the first citation run after it in the same paragraph; empty when none. */
  sourceIds: string[];
  /** Line in the Markdown body (1-based). */
  line: number;
};

const PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|percent\b)/g;
const CITATION_RUN = new RegExp(`(?:${CITE_PATTERN.source})+`, 'g');

/**
 * Every percentage in a Markdown body, each attributed to the citations that follow it in its
 * paragraph (articles write "… 61% of employers …{cite:coursera-2023}."). Several figures
 * before one citation share it.
 */
export function citedPercentages(markdown: string): CitedPercentage[] {
  const found: CitedPercentage[] = [];
  let offset = 0;
  for (const paragraph of markdown.split(/(\n[ \t]*\n)/)) {
    type Token = { at: number; percent?: RegExpExecArray; cites?: string[] };
    const tokens: Token[] = [
      ...[...paragraph.matchAll(PERCENT)].map((m) => ({ at: m.index, percent: m })),
      ...[...paragraph.matchAll(CITATION_RUN)].map((m) => ({ at: m.index, cites: [...m[0].matchAll(CITE_PATTERN)].map((c) => c[1] as string) })),
    ].sort((a, b) => a.at - b.at);
    let pending: CitedPercentage[] = [];
    for (const t of tokens) {
      if (t.percent) {
        const line = markdown.slice(0, offset + t.at).split('\n').length;
        const entry = { text: t.percent[0], value: Number(t.percent[1]), sourceIds: [] as string[], line };
        pending.push(entry);
        found.push(entry);
      } else if (t.cites) {
        for (const p of pending) p.sourceIds = t.cites;
        pending = [];
      }
    }
    offset += paragraph.length;
  }
  return found;
}

/**
 * What is wrong with a percentage, or nothing: every figure needs a citation after it in its
 * paragraph, and a figure credited to a survey in research.yaml must be one of that survey's
 * figures there, so the articles and the charts cannot drift apart. (Sources with no figures in
 * research.yaml, such as a report's definition of a wage premium, are not compared.)
 */
export function checkPercentage(p: CitedPercentage, figureValuesBySource: ReadonlyMap<string, readonly number[]>): string | undefined {
  if (p.sourceIds.length === 0) return `${p.text} has no citation after it in its paragraph; add {cite:source-id} at the end of the sentence`;
  const surveyed = p.sourceIds.filter((id) => figureValuesBySource.has(id));
  if (surveyed.length === 0) return undefined;
  if (surveyed.some((id) => figureValuesBySource.get(id)?.includes(p.value))) return undefined;
  const known = surveyed.map((id) => `${id}: ${[...(figureValuesBySource.get(id) ?? [])].sort((a, b) => a - b).join(', ')}`).join('; ');
  return `${p.text} is credited to ${surveyed.join(' and ')}, but content/research.yaml has no such figure from it (${known}); use the figure as research.yaml gives it, or add it there`;
}
