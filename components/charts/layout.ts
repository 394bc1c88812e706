/**
 * Layout arithmetic for the server-rendered bar charts: no React, so it is easy to test.
 * SVG text does not wrap, so labels are broken into lines here, sized for a 320 px phone.
 */

/** Rough glyph widths in em for a system sans-serif font: enough to keep lines inside the box. */
function emWidth(ch: string): number {
  if (/[ .,;:!'|ijlft]/.test(ch)) return 0.3;
  if (/[A-Zmw%@]/.test(ch)) return 0.85;
  return 0.56;
}

export const textWidthEm = (text: string) => [...text].reduce((sum, ch) => sum + emWidth(ch), 0);

/**
 * Breaks `text` into lines no wider than `maxEm` (a single word longer than that gets a line
 * of its own). The first line can be shorter, to leave room for the value in front of it.
 */
export function wrapText(text: string, maxEm: number, firstLineOffsetEm = 0): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    const budget = lines.length === 0 ? maxEm - firstLineOffsetEm : maxEm;
    if (line && textWidthEm(candidate) > budget) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export type BarRow = {
  /** Lines of the label, the first one after the value. */
  lines: string[];
  /** Baseline of the first label line, in px from the top of the chart. */
  textY: number;
  /** Top of the bar, in px. */
  barY: number;
  /** Bar length as a share of the chart's width, 0 to 100. */
  percent: number;
};

export const CHART = {
  /** Font size of labels, px. */
  fontSize: 15,
  lineHeight: 20,
  barHeight: 18,
  /** Space between the label and its bar, and between rows. */
  gap: 6,
  rowGap: 18,
  /** Widest line, in em: about 250 px at 15 px, the width of a chart on a 320 px phone. */
  maxLineEm: 16.5,
} as const;

/** Where each row's label lines and bar go, and the chart's total height. */
export function layoutBars(rows: { value: number; label: string; valueText: string }[]): { rows: BarRow[]; height: number } {
  let y = 0;
  const out = rows.map((r) => {
    // The value is bold and followed by a space; count it a little wider than plain text.
    const lines = wrapText(r.label, CHART.maxLineEm, textWidthEm(r.valueText) * 1.1 + 0.3);
    const textY = y + CHART.fontSize;
    const barY = y + lines.length * CHART.lineHeight + CHART.gap;
    y = barY + CHART.barHeight + CHART.rowGap;
    return { lines, textY, barY, percent: Math.max(0, Math.min(100, r.value)) };
  });
  return { rows: out, height: Math.max(0, y - CHART.rowGap) };
}
