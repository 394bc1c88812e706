import type { PageSummary, ProblemReport } from './store';

/** `30d`, `12h`, `8w` or a date (`2026-01-31`) → the moment it names, counted back from now. */
export function parseSince(value: string, now = new Date()): Date {
  const m = /^(\d+)([hdw])$/.exec(value.trim());
  if (m) {
    const hours = { h: 1, d: 24, w: 24 * 7 }[m[2] as 'h' | 'd' | 'w'];
    return new Date(now.getTime() - Number(m[1]) * hours * 3_600_000);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new Error(`--since takes a period such as 30d, 12h or 8w, or a date such as 2026-01-31 (got "${value}")`);
}

/** Days as a whole number of at least 1, for --days. */
export function parseDays(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`--days takes a whole number of days, 1 or more (got "${value}")`);
  return Number(value);
}

const percent = (share: number | null) => (share === null ? '' : `${Math.round(share * 100)}%`);

/**
 * One CSV cell. Reader text that starts like a formula (`=`, `+`, `-`, `@`) gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it.
 */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvRow = (cells: (string | number | null)[]) => cells.map(csvCell).join(',');

export function summaryCsv(pages: PageSummary[]): string {
  return [csvRow(['page', 'yes', 'no', 'useful', 'problems']), ...pages.map((p) => csvRow([p.page, p.yes, p.no, p.useful === null ? null : Number(p.useful.toFixed(3)), p.problems]))].join('\n');
}

export function problemsCsv(problems: ProblemReport[]): string {
  return [csvRow(['date', 'page', 'trying to do', 'what went wrong']), ...problems.map((p) => csvRow([p.createdAt, p.page, p.doing, p.wrong]))].join('\n');
}

/** The report for a terminal: a table of pages, then the latest problem reports. */
export function summaryText(pages: PageSummary[], problems: ProblemReport[], since: Date): string {
  const lines = [`Feedback since ${since.toISOString().slice(0, 16).replace('T', ' ')} UTC`, ''];
  if (pages.length === 0) lines.push('No feedback in this period.');
  else {
    const width = Math.max(4, ...pages.map((p) => p.page.length));
    lines.push(`${'page'.padEnd(width)}  ${'yes'.padStart(5)}  ${'no'.padStart(5)}  ${'useful'.padStart(6)}  ${'problems'.padStart(8)}`);
    for (const p of pages) lines.push(`${p.page.padEnd(width)}  ${String(p.yes).padStart(5)}  ${String(p.no).padStart(5)}  ${percent(p.useful).padStart(6)}  ${String(p.problems).padStart(8)}`);
  }
  lines.push('', `Latest problem reports (${problems.length})`);
  for (const p of problems) {
    lines.push('', `${p.createdAt.slice(0, 16).replace('T', ' ')}  ${p.page}`);
    if (p.doing) lines.push(`  Trying to do: ${p.doing.replace(/\n/g, '\n    ')}`);
    if (p.wrong) lines.push(`  What went wrong: ${p.wrong.replace(/\n/g, '\n    ')}`);
  }
  return lines.join('\n');
}
