// `npm run finish:capture`: refreshes the pages the finishing step's golden test reads
// (tests/unit/fixtures/next-output/), as a real `next build` writes them, before they are
// finished. Run it after upgrading Next.js; if the test then fails, the finishing step has met
// output it does not know. The build is finished afterwards, so `next start` serves it as usual.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** Few and small: a content page (breadcrumb JSON-LD) and a page with an island. */
export const CAPTURED = { 'content-page.html': 'guides.html', 'island-page.html': 'search.html' };
const OUT = 'tests/unit/fixtures/next-output';
const next = path.join('node_modules', '.bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

for (const mode of ['compile', 'generate']) execFileSync(next, ['build', `--experimental-build-mode=${mode}`], { env, stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
for (const [fixture, page] of Object.entries(CAPTURED)) {
  copyFileSync(path.join('.next/server/app', page), path.join(OUT, fixture));
  console.log(`${OUT}/${fixture} <- .next/server/app/${page}`);
}
execFileSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/finish-pages.ts'], { env, stdio: 'inherit' });
