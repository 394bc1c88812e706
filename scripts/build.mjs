// `npm run build`: check the content, compile, render the pages, then finish them. On two cores
// the order matters:
// - the content check and Next's compile step start together. Next's page workers, which start
//   once both have ended, read the content the check saved instead of parsing it again
//   (lib/content/snapshot.ts);
// - Next renders the pages in a second process (`--experimental-build-mode=generate`), once the
//   compiler has exited. In one `next build`, the compiler's 800 MB stayed in memory while the
//   pages rendered, and the build peaked at 1.5 GB; split, it peaks near 1.2 GB with a page
//   worker on each core (next.config.ts, `cpus`);
// - if the content check fails, the build is stopped and every problem is printed;
// - scripts/finish-pages.ts then bundles the page scripts and finishes each prerendered page
//   (docs/architecture.md).
// The type check is not here: `npm test` runs it first, and CI runs `npm test` before anything
// lands. In the build, on two busy cores, it cost 7 to 9 s of a 1,000-article build
// (docs/decisions.md). next.config.ts turns off `next build`'s own.
//
// Plain JavaScript run by node (checked by tsc through `// @ts-check` and JSDoc), not TypeScript
// run by tsx: this process waits through the whole build, and tsx's two processes held about
// 110 MB to node's 40.
// @ts-check
import { spawn } from 'node:child_process';
import path from 'node:path';

/** @typedef {{ name: string; code: number }} Result */

/**
 * Runs a command in its own process group (so stopping it stops what it started). A check's
 * output is printed whole when it ends, so two never interleave; `next build` prints live.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv; live?: boolean }} [options]
 */
function start(name, command, args, options = {}) {
  const child = spawn(command, args, { env: options.env ?? process.env, detached: true, stdio: ['ignore', options.live ? 'inherit' : 'pipe', options.live ? 'inherit' : 'pipe'] });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  /** @type {Promise<Result>} */
  const done = new Promise((resolve) => {
    child.on('error', (error) => {
      output += `${error.message}\n`;
    });
    child.on('close', (code) => {
      running.delete(child);
      process.stdout.write(output);
      resolve({ name, code: code ?? 1 });
    });
  });
  return { child, done };
}

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
// The steps run in process groups of their own, so Ctrl-C in the terminal does not reach them.
for (const [signal, code] of /** @type {const} */ ([['SIGINT', 130], ['SIGTERM', 143]])) {
  process.on(signal, () => {
    for (const child of running) stop(child);
    process.exit(code);
  });
}

/** @param {import('node:child_process').ChildProcess} child */
function stop(child) {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/**
 * @param {Result[]} results
 * @returns {never}
 */
function fail(results) {
  console.error(`Build stopped: ${results.map((r) => r.name).join(' and ')} failed (see above).`);
  process.exit(1);
}

const bin = (/** @type {string} */ name) => path.join('node_modules', '.bin', name);

// `npm run content:check`, run by node itself: npm's and tsx's own processes held about 110 MB
// at the build's peak, while the check and the compiler both run. A larger young generation
// for its many short-lived syntax trees: 1,000 articles took 0.9 s less and 60 MB less memory.
const contentCheck = ['--max-semi-space-size=32', '--import', 'tsx', '--conditions=react-server', 'scripts/content-check.ts'];
const contentDone = start('the content check', process.execPath, contentCheck).done;
const compile = start('compiling', bin('next'), ['build', '--experimental-build-mode=compile'], { live: true });
const content = await contentDone;
if (content.code !== 0) {
  // Wait for the compiler to go, so nothing it prints comes after "Build stopped".
  stop(compile.child);
  await compile.done;
  fail([content]);
}
const compiled = await compile.done;
if (compiled.code !== 0) fail([compiled]);

const generate = await start('rendering the pages', bin('next'), ['build', '--experimental-build-mode=generate'], { live: true }).done;
if (generate.code !== 0) fail([generate]);

const finish = await start('finishing the pages', bin('tsx'), ['scripts/finish-pages.ts']).done;
if (finish.code !== 0) fail([finish]);
