// Validates everything under content/ and prints every problem at once; exits 1 if any.
// When it passes, it saves the parsed model so the build that follows need not parse again.
// Usage: npm run content:check [-- path/to/content]
import path from 'node:path';
import { loadContent } from '../lib/content/load';
import { ContentError } from '../lib/content/problems';
import { saveSnapshot, snapshotKey } from '../lib/content/snapshot';

const dir = path.resolve(process.argv[2] ?? 'content');
try {
  // Keyed before reading, so content edited during the check is not saved under the new key.
  let key: string | undefined;
  try {
    key = snapshotKey(dir);
  } catch {
    // A folder the key cannot be made for is reported by the check itself; nothing is saved.
  }
  const content = loadContent(dir);
  if (key) saveSnapshot(content, key);
  const { guides, sources, checklist, credentials, research, glossary, claimRules, credentialNames } = content;
  const counts = [
    `${guides.length} articles`,
    `${sources.length} sources`,
    `${checklist.sections.flatMap((s) => s.items).length} checklist questions`,
    `${credentials.length} credential kinds`,
    `${research.figures.length} survey figures in ${research.charts.length} charts`,
    `${glossary.length} glossary terms`,
    `${claimRules.rules.length} claim rules`,
    `${credentialNames.credentials.length} named credentials`,
  ];
  console.log(`Content OK: ${counts.join(', ')} (${path.relative(process.cwd(), dir) || dir}).`);
} catch (error) {
  // Content problems are listed one per line. Anything else is a fault in the checker, said in
  // one line too (CONTENT_CHECK_STACK=1 prints where it happened).
  if (error instanceof ContentError) console.error(error.message);
  else if (process.env.CONTENT_CHECK_STACK) console.error(error);
  else console.error(`The content check stopped on an error of its own, not a content problem: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
}
