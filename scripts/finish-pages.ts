// The last step of `npm run build`: finish every prerendered HTML page. A page with a client
// island keeps Next's runtime, requested after first paint (lib/build/defer-scripts.ts); every
// other page loses it (lib/build/islands.ts). Then each page gets its own Content-Security-Policy
// meta tag with the hashes of its inline scripts (lib/security/csp.ts). It finds pages by walking
// the build output, so new pages need no list. SKIP_CSP=1 leaves the policy out (the benchmark
// uses it to measure the policy's cost).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deferScripts, pageScriptSources } from '../lib/build/defer-scripts';
import { hasIslands, RUNTIME_SCRIPTS_FILE, withoutRuntime } from '../lib/build/islands';
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

let withRuntime = 0;
let plain = 0;
// The script files every page was given: Next's runtime, as the size budgets count it.
let runtime: Set<string> | undefined;
for (const file of htmlFiles(root)) {
  const html = readFileSync(file, 'utf8');
  const sources = pageScriptSources(html);
  if (sources.length) runtime = new Set(runtime ? sources.filter((s) => runtime?.has(s)) : sources);
  const islands = hasIslands(html);
  if (islands) withRuntime++;
  else plain++;
  const finished = islands ? deferScripts(html) : withoutRuntime(html);
  writeFileSync(file, withCsp ? withCspMeta(finished) : finished);
}
if (withRuntime + plain === 0) {
  console.error(`No prerendered pages found under ${root}`);
  process.exit(1);
}
// Pages finished before (this step run twice) name no script tags: keep the list already written.
if (runtime) writeFileSync(RUNTIME_SCRIPTS_FILE, `${JSON.stringify([...runtime], null, 1)}\n`);
console.log(
  `Finished ${withRuntime + plain} prerendered pages: ${plain} as plain HTML, ${withRuntime} with islands and their scripts after first paint; ` +
    `${withCsp ? 'a hashed script policy in each' : 'no policy (SKIP_CSP=1)'}.`,
);
