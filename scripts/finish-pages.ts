// The last step of `npm run build`: finish every prerendered HTML page (lib/finish/finish.ts).
// Every script the site did not mark as its own is removed; a page with an island gets that
// island's files, requested after first paint; then each page is checked against the
// allow-list, and the build fails, naming the page and the tag, if anything else is left.
// No page needs a policy of its own: the one inline script left is the same everywhere, and one
// Content-Security-Policy header allows it by hash (lib/security/csp.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { finishPages } from '../lib/finish/finish';
import { buildIslandBundles } from '../lib/finish/island-bundles';
import { RUNTIME_SCRIPTS_FILE } from '../lib/finish/islands';

const root = path.resolve(process.argv[2] ?? '.next/server/app');

const bundles = await buildIslandBundles();
const summary = finishPages(root, { bundles });
if (summary.problems.length) {
  console.error(`These pages hold what the site did not write, so they were not finished:\n${summary.problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
if (summary.finished === 0) {
  console.error(`No prerendered pages found under ${root}`);
  process.exit(1);
}
writeFileSync(RUNTIME_SCRIPTS_FILE, `${JSON.stringify(bundles.shared, null, 1)}\n`);
console.log(
  `Finished ${summary.finished} prerendered pages: ${summary.finished - summary.withIslands} as plain HTML, ${summary.withIslands} with their scripts requested after first paint.`,
);
