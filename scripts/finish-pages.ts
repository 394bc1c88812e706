// The last step of `npm run build`: finish every prerendered HTML page. Every page loses Next's
// runtime (lib/build/islands.ts); a page with a client island gets that island's own bundle
// instead, requested after first paint (lib/build/island-bundles.ts, defer-scripts.ts); a
// plain script such as share.js is swapped for a copy that can be cached (page-scripts.ts). Then
// each page gets its own Content-Security-Policy meta tag with the hashes of its inline scripts
// (lib/security/csp.ts). The header's link to the page, or to its section, is marked as current
// (lib/build/current-nav.ts). It finds pages by walking the build output, so new pages need no list.
// SKIP_CSP=1 leaves the policy out (the benchmark uses it to measure the policy's cost).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pagePathOf, withCurrentNav } from '../lib/build/current-nav';
import { withScriptsAfterPaint } from '../lib/build/defer-scripts';
import { buildIslandBundles } from '../lib/build/island-bundles';
import { buildPageScripts, withScriptCopies } from '../lib/build/page-scripts';
import { islandNames, RUNTIME_SCRIPTS_FILE, withoutRuntime } from '../lib/build/islands';
import { withCspMeta } from '../lib/security/csp';

const root = path.resolve(process.argv[2] ?? '.next/server/app');
const withCsp = process.env.SKIP_CSP !== '1';

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (name.endsWith('.html')) yield full;
  }
}

const bundles = await buildIslandBundles();
const scriptCopies = await buildPageScripts();
let withIslands = 0;
let plain = 0;
for (const file of htmlFiles(root)) {
  const html = readFileSync(file, 'utf8');
  const names = islandNames(html);
  const missing = names.filter((n) => !bundles.scripts[n]);
  if (missing.length) {
    console.error(`${path.relative(process.cwd(), file)}: no bundle for island ${missing.join(', ')}: add components/island/entries/<name>.tsx`);
    process.exit(1);
  }
  if (names.length) withIslands++;
  else plain++;
  const scripts = [...new Set(names.flatMap((n) => bundles.scripts[n] ?? []))];
  const finished = withCurrentNav(withScriptCopies(withScriptsAfterPaint(withoutRuntime(html), scripts), scriptCopies), pagePathOf(path.relative(root, file)));
  writeFileSync(file, withCsp ? withCspMeta(finished) : finished);
}
if (withIslands + plain === 0) {
  console.error(`No prerendered pages found under ${root}`);
  process.exit(1);
}
writeFileSync(RUNTIME_SCRIPTS_FILE, `${JSON.stringify(bundles.shared, null, 1)}\n`);
console.log(
  `Finished ${withIslands + plain} prerendered pages: ${plain} as plain HTML, ${withIslands} with islands and their bundles after first paint; ` +
    `${withCsp ? 'a hashed script policy in each' : 'no policy (SKIP_CSP=1)'}.`,
);
