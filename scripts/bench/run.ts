// The benchmark: `npm run bench`. Prints a table and writes bench/results.json.
// Everything happens in copies under bench/tmp; the real content and .next are never touched.
// Servers listen on loopback only, and every load test stops by itself.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { finishedPageScripts } from '../../lib/finish/loader';
import { RUNTIME_SCRIPTS_FILE } from '../../lib/finish/islands';
import { loadContent } from '../../lib/content/load';
import { makePipelineCorpus, median, timePipeline } from './pipeline';
import { BENCH_LINK_TARGETS, BENCH_SOURCE_IDS, writeSyntheticArticles } from './synthetic-articles';

const ROOT = process.cwd();
const TMP = path.join(ROOT, 'bench', 'tmp');
const SYNTHETIC = Number(process.env.BENCH_ARTICLES ?? 1000);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const log = (msg: string) => console.log(`[bench] ${msg}`);

/** A copy of the project (tracked files only) with node_modules linked in. */
function copyProject(name: string): string {
  const dir = path.join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT }).toString().split('\0').filter(Boolean);
  for (const f of files) cpSync(path.join(ROOT, f), path.join(dir, f));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** 1. Parse + validate + render each synthetic article, as the build does; the median per article. */
function benchPipeline() {
  const corpus = makePipelineCorpus(SYNTHETIC);
  try {
    const { times, words } = timePipeline(corpus);
    const t0 = performance.now();
    const content = loadContent(corpus.dir);
    const whole = performance.now() - t0;
    return {
      articles: times.length,
      wordsPerArticle: Math.round(words / times.length),
      medianMsPerArticle: round(median(times), 2),
      wholeLoadContentMs: Math.round(whole),
      wholeLoadContentArticles: content.guides.length,
    };
  } finally {
    corpus.remove();
  }
}

/** A process and all its descendants, read from /proc. */
function processTree(root: number): number[] {
  const byParent = new Map<number, number[]>();
  for (const p of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(p)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const p = queue.pop() as number;
    tree.push(p);
    queue.push(...(byParent.get(p) ?? []));
  }
  return tree;
}

/** Runs a command and samples the memory of its whole process tree. */
async function runMeasured(cmd: string, args: string[], cwd: string) {
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const rssOfTree = (pid: number): number =>
    processTree(pid).reduce((total, p) => {
      try {
        return total + Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      } catch {
        return total;
      }
    }, 0);
  const timer = setInterval(() => (peak = Math.max(peak, child.pid ? rssOfTree(child.pid) : 0)), 250);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${output.slice(-3000)}`);
  return { seconds: round((performance.now() - t0) / 1000), peakMemoryMB: Math.round(peak / 2 ** 20), output };
}

/**
 * 2. `next build` with the synthetic articles added to the real ones, in a fresh copy; then again
 * after one article is edited, with the `.next/cache` the first build left, as a redeploy from a
 * CI that keeps that cache (Next's CI guide) would run it.
 */
async function benchBigBuild() {
  const dir = copyProject('site-synthetic');
  const guides = path.join(dir, 'content', 'guides');
  writeSyntheticArticles(guides, SYNTHETIC, BENCH_LINK_TARGETS, BENCH_SOURCE_IDS);
  const fresh = await runMeasured('npm', ['run', 'build'], dir);
  const edited = readdirSync(guides).find((f) => f.startsWith('synthetic-'));
  if (!edited) throw new Error('no synthetic article to edit');
  appendFileSync(path.join(guides, edited), '\nOne more sentence, as an edit before a redeploy.\n');
  const rebuild = await runMeasured('npm', ['run', 'build'], dir);
  return {
    articles: SYNTHETIC,
    seconds: fresh.seconds,
    peakMemoryMB: fresh.peakMemoryMB,
    rebuild: { seconds: rebuild.seconds, peakMemoryMB: rebuild.peakMemoryMB },
  };
}

async function startServer(dir: string, port: number): Promise<ChildProcess> {
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}
/** Stops the server and everything it started (npx → sh → next-server). */
function stopServer(server: ChildProcess) {
  if (!server.pid) return;
  for (const pid of processTree(server.pid).reverse()) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/**
 * 4. A bounded loopback load: 50 connections for LOAD_SECONDS, then it stops by itself. A
 * 3-second run first warms the server up (Node compiles the route's code on its first requests)
 * and is not counted, so the figures describe a server that has been running.
 */
async function load(url: string) {
  await autocannon({ url, connections: 50, duration: 3 });
  const r = await autocannon({ url, connections: 50, duration: LOAD_SECONDS });
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

/**
 * 3. Bytes a reader's browser transfers (gzip as served) by type, until the network is idle:
 * the runtime is requested after first paint, which can be after the load event.
 */
async function pageBytes(base: string, pagePath: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  const page = await browser.newPage();
  const sizes: Record<string, number> = { html: 0, js: 0, css: 0, other: 0 };
  const pending: Promise<void>[] = [];
  let loaded = false;
  page.on('requestfinished', (request) => {
    if (loaded) return;
    const type = request.resourceType();
    const key = type === 'document' ? 'html' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : 'other';
    pending.push(
      request
        .sizes()
        .then((s) => void (sizes[key] = (sizes[key] ?? 0) + s.responseBodySize))
        .catch(() => undefined),
    );
  });
  await page.goto(`${base}${pagePath}`, { waitUntil: 'networkidle' });
  loaded = true;
  await Promise.all(pending);
  await browser.close();
  return sizes;
}

/** Script a page needs beyond Next's runtime (as the size-budget test measures it). */
async function ownScript(site: string, base: string, pagePath: string) {
  const runtime = new Set(JSON.parse(readFileSync(path.join(site, RUNTIME_SCRIPTS_FILE), 'utf8')) as string[]);
  const html = await (await fetch(`${base}${pagePath}`)).text();
  let bytes = 0;
  for (const src of finishedPageScripts(html)) if (!runtime.has(src)) bytes += gzipSync(Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer()), { level: 9 }).length;
  return bytes;
}

async function lighthouseMobile(url: string) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
    const lhr = result?.lhr;
    const audit = (id: string) => lhr?.audits[id]?.numericValue ?? NaN;
    return {
      performance: Math.round((lhr?.categories.performance?.score ?? NaN) * 100),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: round(audit('cumulative-layout-shift'), 3),
      // Lighthouse's own measure of this machine's CPU (higher is faster). Its throttling slows
      // the machine by a fixed factor, so TBT and LCP follow this: compare runs only with it.
      benchmarkIndex: Math.round(lhr?.environment.benchmarkIndex ?? NaN),
    };
  } finally {
    chrome.kill();
  }
}

async function main() {
  mkdirSync(TMP, { recursive: true });
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
  };

  log(`1/4 content pipeline: ${SYNTHETIC} synthetic articles`);
  results.pipeline = benchPipeline();

  log(`2/4 next build with ${SYNTHETIC} synthetic articles, fresh and after an edit (a few minutes)`);
  results.buildSynthetic = await benchBigBuild();

  log('3/4 the real site, as built (with its CSP): bytes, Lighthouse, load');
  const site = copyProject('site-real');
  const realBuild = await runMeasured('npm', ['run', 'build'], site);
  results.buildReal = { seconds: realBuild.seconds, peakMemoryMB: realBuild.peakMemoryMB };
  const port = 3390;
  const base = `http://127.0.0.1:${port}`;
  const targets = { article: '/guides/red-flags', checklist: '/checklist' };

  let server = await startServer(site, port);
  const withCsp: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(targets)) withCsp[name] = await load(`${base}${p}`);
  const pages: Record<string, unknown> = {};
  for (const [name, p] of Object.entries({ home: '/', ...targets })) {
    pages[name] = { transferredBytes: await pageBytes(base, p), ownScriptGzipBytes: await ownScript(site, base, p), lighthouse: await lighthouseMobile(`${base}${p}`) };
  }
  stopServer(server);

  log('4/4 the same pages without the CSP meta tags, for the cost of the policy');
  // Rebuild without the CSP step: the only difference is the meta tag in each page.
  execFileSync('npm', ['run', 'build'], { cwd: site, env: { ...env, SKIP_CSP: '1' }, stdio: 'ignore' });
  server = await startServer(site, port);
  const withoutCsp: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(targets)) withoutCsp[name] = await load(`${base}${p}`);
  stopServer(server);

  results.pages = pages;
  results.load = { connections: 50, seconds: LOAD_SECONDS, withCsp, withoutCsp };
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

function printTable(r: Record<string, any>) {
  const rows: [string, string, string][] = [
    ['Content pipeline, median per article', `${r.pipeline.medianMsPerArticle} ms`, '≤ 10 ms'],
    [`next build, ${r.buildSynthetic.articles} synthetic + real articles`, `${r.buildSynthetic.seconds} s, ${r.buildSynthetic.peakMemoryMB} MB`, '≤ 30 s, ≤ 1,536 MB'],
    ['  again after editing one, .next/cache kept', `${r.buildSynthetic.rebuild.seconds} s, ${r.buildSynthetic.rebuild.peakMemoryMB} MB`, ''],
    ['next build, real site', `${r.buildReal.seconds} s, ${r.buildReal.peakMemoryMB} MB`, ''],
  ];
  for (const [name, p] of Object.entries<any>(r.pages)) {
    const t = p.transferredBytes;
    rows.push([`${name}: HTML / JS / CSS transferred (gzip)`, `${t.html} / ${t.js} / ${t.css} B`, '']);
    rows.push([`${name}: own script beyond the runtime`, `${p.ownScriptGzipBytes} B gzip`, name === 'article' ? '≤ 10 kB' : name === 'checklist' ? '< 25 kB' : '']);
    rows.push([`${name}: Lighthouse mobile (LCP, TBT, CLS)`, `${p.lighthouse.performance} (${p.lighthouse.lcpMs} ms, ${p.lighthouse.tbtMs} ms, ${p.lighthouse.cls}) [CPU ${p.lighthouse.benchmarkIndex}]`, '100 (≤ 1,500 ms, ≤ 60 ms, ≤ 0.04)']);
  }
  for (const mode of ['withCsp', 'withoutCsp'] as const) {
    for (const [name, l] of Object.entries<any>(r.load[mode])) {
      rows.push([`load ${name} ${mode === 'withCsp' ? 'with' : 'without'} CSP: req/s, p50/p99, errors, non-2xx`, `${l.requestsPerSecond}, ${l.p50ms}/${l.p99ms} ms, ${l.errors}, ${l.non2xx}`, name === 'article' ? '≥ 1,500, p99 ≤ 60 ms, 0, 0' : '0 errors, 0 non-2xx']);
    }
  }
  const w = [Math.max(...rows.map((x) => x[0].length)), Math.max(...rows.map((x) => x[1].length))];
  console.log(`\n${'measure'.padEnd(w[0] as number)} | ${'result'.padEnd(w[1] as number)} | target`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0] as number)} | ${b.padEnd(w[1] as number)} | ${c}`);
  console.log(`\nMachine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB, Node ${r.machine.node}. Written to bench/results.json.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
