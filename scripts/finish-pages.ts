// After `next build`, finish every prerendered HTML page: request the runtime scripts after
// first paint (lib/build/defer-scripts.ts), then give the page its own Content-Security-Policy
// meta tag with the hashes of its inline scripts (lib/security/csp.ts). Runs as `postbuild`; it
// finds pages by walking the build output, so new pages need no list. SKIP_CSP=1 leaves the
// policy out (the benchmark uses it to measure the policy's cost).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deferScripts } from '../lib/build/defer-scripts';
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

let count = 0;
for (const file of htmlFiles(root)) {
  const deferred = deferScripts(readFileSync(file, 'utf8'));
  writeFileSync(file, withCsp ? withCspMeta(deferred) : deferred);
  count++;
}
if (count === 0) {
  console.error(`No prerendered pages found under ${root}`);
  process.exit(1);
}
console.log(`Finished ${count} prerendered pages: scripts after first paint, ${withCsp ? 'a hashed script policy in each' : 'no policy (SKIP_CSP=1)'}.`);
