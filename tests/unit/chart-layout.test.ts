import { describe, expect, it } from 'vitest';
import { CHART, layoutBars, textWidthEm, wrapText } from '@/components/charts/layout';

describe('bar chart layout', () => {
  it('wraps labels so no line is wider than the budget, and keeps every word', () => {
    const text = 'Ranked "comes from a company that leads its industry" as the top sign of quality';
    const lines = wrapText(text, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(12);
    expect(lines.join(' ')).toBe(text);
  });

  it('leaves room on the first line for the value in front of it', () => {
    const text = 'Unsure of the quality of the education behind it';
    const [first] = wrapText(text, 14, 5);
    expect(textWidthEm(first ?? '')).toBeLessThanOrEqual(9);
  });

  it('puts a word longer than a line on a line of its own', () => {
    expect(wrapText('a supercalifragilisticexpialidocious word', 5)).toEqual(['a', 'supercalifragilisticexpialidocious', 'word']);
  });

  it('stacks rows downwards, bars below their labels, and clamps lengths to 0..100', () => {
    const { rows, height } = layoutBars([
      { value: 46, valueText: '46%', label: 'Short label' },
      { value: 140, valueText: '140%', label: 'A much longer label that has to wrap onto more than one line here' },
      { value: -5, valueText: '-5%', label: 'Negative' },
    ]);
    expect(rows.map((r) => r.percent)).toEqual([46, 100, 0]);
    const [a, b, c] = rows;
    expect(a!.barY).toBeGreaterThan(a!.textY);
    expect(b!.textY).toBeGreaterThan(a!.barY + CHART.barHeight);
    expect(b!.lines.length).toBeGreaterThan(1);
    expect(b!.barY - b!.textY).toBeGreaterThan(a!.barY - a!.textY);
    expect(height).toBe(c!.barY + CHART.barHeight);
  });
});
