// Validates everything under content/ and prints every problem at once; exits 1 if any.
// When it passes, it saves the parsed model so the build that follows need not parse again.
// Usage: npm run content:check [-- path/to/content]
import path from 'node:path';
import { loadContent } from '../lib/content/load';
import { ContentError } from '../lib/content/problems';
import { saveSnapshot, snapshotKey } from '../lib/content/snapshot';

const dir = path.resolve(process.argv[2] ?? 'content');
try {
  const key = snapshotKey(dir);
  const content = loadContent(dir);
  saveSnapshot(content, key);
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
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
