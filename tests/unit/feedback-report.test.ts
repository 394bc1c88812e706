import { describe, expect, it } from 'vitest';
import { csvCell, parseDays, parseSince, problemsCsv, summaryCsv, summaryText } from '@/lib/feedback/report';

const now = new Date('2026-06-30T12:00:00Z');

describe('feedback report', () => {
  it('reads --since as hours, days, weeks or a date', () => {
    expect(parseSince('30d', now).toISOString()).toBe('2026-05-31T12:00:00.000Z');
    expect(parseSince('12h', now).toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(parseSince('2w', now).toISOString()).toBe('2026-06-16T12:00:00.000Z');
    expect(parseSince('2026-01-31', now).toISOString()).toBe('2026-01-31T00:00:00.000Z');
    for (const bad of ['30', 'd30', '30 days', '2026-13-45', '']) expect(() => parseSince(bad, now), bad).toThrow(/--since/);
    expect(parseDays('365')).toBe(365);
    for (const bad of ['0', '-1', '1.5', 'year']) expect(() => parseDays(bad), bad).toThrow(/--days/);
  });

  it('writes CSV a spreadsheet reads as text: quotes, line breaks, and no formulas from readers', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(summaryCsv([{ page: '/', yes: 3, no: 1, problems: 2, useful: 0.75 }])).toBe('page,yes,no,useful,problems\n/,3,1,0.75,2');
    expect(problemsCsv([{ createdAt: '2026-06-30T10:00:00.000Z', page: '/', doing: null, wrong: '@everyone broken' }])).toBe(
      "date,page,trying to do,what went wrong\n2026-06-30T10:00:00.000Z,/,,'@everyone broken",
    );
  });

  it('prints each page with its counts and useful share, then the reports', () => {
    const text = summaryText(
      [
        { page: '/guides/red-flags', yes: 3, no: 1, problems: 1, useful: 0.75 },
        { page: '/', yes: 0, no: 0, problems: 1, useful: null },
      ],
      [{ createdAt: '2026-06-29T09:30:00.000Z', page: '/guides/red-flags', doing: 'Check fees', wrong: 'Link broken' }],
      parseSince('30d', now),
    );
    expect(text).toContain('/guides/red-flags      3      1     75%         1');
    expect(text).toContain('2026-06-29 09:30  /guides/red-flags\n  Trying to do: Check fees\n  What went wrong: Link broken');
    expect(summaryText([], [], now)).toContain('No feedback in this period.');
  });
});
