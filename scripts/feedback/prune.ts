// `npm run feedback:prune [-- --days 365]`: deletes every answer and problem report older than
// that many days (FEEDBACK_RETENTION_DAYS, or 365). The server also does this daily by itself
// (lib/feedback/server.ts); this is for doing it now, or with another period (docs/feedback.md).
import { parseArgs } from 'node:util';
import { feedbackConfig } from '../../lib/feedback/config';
import { parseDays } from '../../lib/feedback/report';
import { FeedbackStore } from '../../lib/feedback/store';

const { values } = parseArgs({ options: { days: { type: 'string', default: String(feedbackConfig().retentionDays) } }, args: process.argv.slice(2) });

try {
  const days = parseDays(values.days);
  const before = new Date(Date.now() - days * 86_400_000);
  const store = await FeedbackStore.open(feedbackConfig().database);
  try {
    const deleted = await store.prune(before);
    console.log(`Deleted ${deleted} feedback ${deleted === 1 ? 'entry' : 'entries'} from before ${before.toISOString().slice(0, 10)} (older than ${days} days).`);
  } finally {
    await store.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
