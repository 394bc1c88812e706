// `npm run feedback:report [-- --since 30d] [--csv | --csv=problems] [--limit 50]`
// Per page: yes and no answers, the share that found it useful and the problem reports; then
// the latest problem reports. --csv prints the per-page table as CSV for a spreadsheet, and
// --csv=problems the reports. Reads the same database as the site (docs/feedback.md).
import { parseArgs } from 'node:util';
import { feedbackConfig } from '../../lib/feedback/config';
import { parseSince, problemsCsv, summaryCsv, summaryText } from '../../lib/feedback/report';
import { FeedbackStore } from '../../lib/feedback/store';

const { values } = parseArgs({ options: { since: { type: 'string', default: '30d' }, csv: { type: 'string' }, limit: { type: 'string', default: '50' } }, args: process.argv.slice(2).map((a) => (a === '--csv' ? '--csv=pages' : a)) });

try {
  const since = parseSince(values.since);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit takes a whole number (got "${values.limit}")`);
  if (values.csv !== undefined && values.csv !== 'pages' && values.csv !== 'problems') throw new Error('--csv prints the pages; --csv=problems prints the reports');
  const store = await FeedbackStore.open(feedbackConfig().database);
  try {
    if (values.csv === 'problems') console.log(problemsCsv(await store.problems(since, limit)));
    else if (values.csv === 'pages') console.log(summaryCsv(await store.summary(since)));
    else console.log(summaryText(await store.summary(since), await store.problems(since, limit), since));
  } finally {
    await store.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
