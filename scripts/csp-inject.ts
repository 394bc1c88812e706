// After `next build`: give every prerendered HTML page its own Content-Security-Policy meta tag
// with the hashes of its inline scripts. Runs as `postbuild`; it finds pages by walking the
// build output, so new pages need no list. SKIP_CSP=1 leaves the pages alone (the benchmark
// uses it to measure the cost).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withCspMeta } from '../lib/security/csp';

const root = path.resolve(process.argv[2] ?? '.next/server/app');

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (name.endsWith('.html')) yield full;
  }
}

if (process.env.SKIP_CSP === '1') {
  console.log('CSP: skipped (SKIP_CSP=1).');
} else {
  let count = 0;
  for (const file of htmlFiles(root)) {
    writeFileSync(file, withCspMeta(readFileSync(file, 'utf8')));
    count++;
  }
  if (count === 0) {
    console.error(`CSP: no prerendered pages found under ${root}`);
    process.exit(1);
  }
  console.log(`CSP: wrote a policy into ${count} prerendered pages.`);
}
