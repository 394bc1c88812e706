// Before `next build`: check the content (which also saves the snapshot the build reads) and
// type-check the code side by side, since each keeps one core busy. next.config.ts turns off
// next build's own type check, which this one replaces, so the build fails on either.
import { spawn } from 'node:child_process';

function run(script: string): Promise<{ script: string; code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output }));
  });
}

// Each result is printed whole when it ends, so the two never interleave.
const results = await Promise.all(['content:check', 'typecheck'].map((s) => run(s).then((r) => (process.stdout.write(r.output), r))));
const failed = results.filter((r) => r.code !== 0).map((r) => r.script);
if (failed.length) {
  console.error(`Build stopped: ${failed.join(' and ')} failed (see above).`);
  process.exit(1);
}
