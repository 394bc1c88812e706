// The benchmark: `npm run bench [-- flags]`. Three tables, each a ratio against a floor measured
// in the same run, so the figures judge the code rather than the machine:
//   1. build: the site plus N synthetic articles against a bare Next.js app prerendering N
//      pages of the same text (wall time, peak memory of the process tree), and the cost of
//      each extra article at several sizes;
//   2. Lighthouse (mobile, default throttling) for four pages against the same page with
//      every script removed, served by the same server with the same headers;
//   3. serving: `next start` against a plain static server of the same finished files.
// Each figure is the median of alternating runs. Targets are reported, never asserted.
// Everything happens in copies under bench/tmp; servers listen on loopback only.
//
// Flags: --articles 1000 (the ratio build), --growth 100,1000,3000, --runs 3, --load-seconds 20,
// --connections 50, --only build,lighthouse,serve, --quick (50 articles, growth 50,150, one
// run, 5-second loads: to check that the benchmark works, not to judge the code).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFloorApp } from './floor-app';
import { median, round, runMeasured, stopTree, waitFor, type Measured } from './measure';
import { FLOOR_PREFIX, startStaticServer } from './static-server';
import { BENCH_LINK_TARGETS, BENCH_SOURCE_IDS, writeSyntheticArticles } from './synthetic-articles';

function flags() {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const quick = args.includes('--quick');
  const list = (s: string) => s.split(',').map(Number);
  return {
    quick,
    articles: Number(value('articles') ?? (quick ? 50 : 1000)),
    growth: list(value('growth') ?? (quick ? '50,150' : '100,1000,3000')),
    runs: Number(value('runs') ?? (quick ? 1 : 3)),
    loadSeconds: Number(value('load-seconds') ?? (quick ? 5 : 20)),
    connections: Number(value('connections') ?? 50),
    only: new Set((value('only') ?? 'build,lighthouse,serve').split(',')),
  };
}

const ROOT = process.cwd();
const TMP = path.join(ROOT, 'bench', 'tmp');
const NODE_MODULES = path.join(ROOT, 'node_modules');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

/** A copy of the project (tracked files only) with node_modules linked in, and `count` synthetic articles. */
function siteCopy(name: string, count: number): string {
  const dir = path.join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT }).toString().split('\0').filter(Boolean);
  for (const f of files) cpSync(path.join(ROOT, f), path.join(dir, f));
  symlinkSync(NODE_MODULES, path.join(dir, 'node_modules'));
  if (count) writeSyntheticArticles(path.join(dir, 'content', 'guides'), count, BENCH_LINK_TARGETS, BENCH_SOURCE_IDS);
  return dir;
}

/** A fresh build: no `.next` and so no `.next/cache` from an earlier one. */
function freshBuild(dir: string, command: string[]): Promise<Measured> {
  rmSync(path.join(dir, '.next'), { recursive: true, force: true });
  return runMeasured(command[0] as string, command.slice(1), dir, env);
}
const SITE_BUILD = ['npm', 'run', 'build'];
const FLOOR_BUILD = [path.join(NODE_MODULES, '.bin', 'next'), 'build'];

/** The real site's copy, once a step has built it (Lighthouse and serving use it). */
let realSite: string | undefined;

async function benchBuild(f: ReturnType<typeof flags>) {
  const site = siteCopy(`site-${f.articles}`, f.articles);
  const floor = path.join(TMP, `floor-${f.articles}`);
  writeFloorApp(floor, f.articles, NODE_MODULES);
  const siteRuns: Measured[] = [];
  const floorRuns: Measured[] = [];
  for (let run = 1; run <= f.runs; run++) {
    log(`build ${run}/${f.runs}: the site with ${f.articles} synthetic articles`);
    siteRuns.push(await freshBuild(site, SITE_BUILD));
    log(`build ${run}/${f.runs}: the floor, ${f.articles} plain pages`);
    floorRuns.push(await freshBuild(floor, FLOOR_BUILD));
  }
  const med = (runs: Measured[]) => ({ seconds: round(median(runs.map((r) => r.seconds))), peakMB: Math.round(median(runs.map((r) => r.peakMB))) });
  const ratio = { site: med(siteRuns), floor: med(floorRuns), siteRuns, floorRuns };

  // Growth: the real site alone, then each size; the cost of an extra article between sizes.
  const sizes = [0, ...f.growth.filter((n) => n > 0)];
  const growth: { articles: number; seconds: number; peakMB: number; msPerExtraArticle?: number }[] = [];
  for (const n of sizes) {
    let measured: Measured;
    if (n === f.articles) measured = ratio.site;
    else {
      log(`growth: the site with ${n} synthetic articles`);
      const dir = n === 0 ? siteCopy('site-0', 0) : siteCopy(`site-${n}`, n);
      const runs: Measured[] = [];
      for (let run = 1; run <= f.runs; run++) runs.push(await freshBuild(dir, SITE_BUILD));
      measured = med(runs);
      if (n === 0) realSite = dir;
      else rmSync(dir, { recursive: true, force: true });
    }
    const previous = growth[growth.length - 1];
    growth.push({
      articles: n,
      ...measured,
      ...(previous ? { msPerExtraArticle: Math.round(((measured.seconds - previous.seconds) * 1000) / (n - previous.articles)) } : {}),
    });
  }
  return { articles: f.articles, ...ratio, growth };
}

async function lighthouseMobile(url: string) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
    const lhr = result?.lhr;
    const audit = (id: string) => lhr?.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr?.categories.performance?.score ?? NaN) * 100),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      benchmarkIndex: Math.round(lhr?.environment.benchmarkIndex ?? NaN),
    };
  } finally {
    chrome.kill();
  }
}

const PAGES = { home: '/', article: '/guides/red-flags', checklist: '/checklist', search: '/search?q=badge' } as const;
const ISLAND_PAGES = new Set(['checklist', 'search']);

type LighthouseResult = Awaited<ReturnType<typeof lighthouseMobile>>;

async function benchLighthouse(site: string, f: ReturnType<typeof flags>) {
  const port = 3391;
  const server = await startStaticServer(site, port);
  const base = `http://127.0.0.1:${port}`;
  try {
    const rows: Record<string, { page: LighthouseResult[]; floor: LighthouseResult[] }> = {};
    for (let run = 1; run <= f.runs; run++) {
      for (const [name, p] of Object.entries(PAGES)) {
        log(`Lighthouse ${run}/${f.runs}: ${name}, then its floor`);
        const row = (rows[name] ??= { page: [], floor: [] });
        row.page.push(await lighthouseMobile(`${base}${p}`));
        row.floor.push(await lighthouseMobile(`${base}${FLOOR_PREFIX}${p}`));
      }
    }
    const med = (runs: LighthouseResult[]) => ({
      score: median(runs.map((r) => r.score)),
      lcpMs: Math.round(median(runs.map((r) => r.lcpMs))),
      tbtMs: Math.round(median(runs.map((r) => r.tbtMs))),
      benchmarkIndex: Math.round(median(runs.map((r) => r.benchmarkIndex))),
    });
    return Object.fromEntries(Object.entries(rows).map(([name, r]) => [name, { page: med(r.page), floor: med(r.floor), runs: r }]));
  } finally {
    server.close();
  }
}

async function load(url: string, f: ReturnType<typeof flags>) {
  // A short unmeasured run first: the server compiles a route's code on its first requests.
  await autocannon({ url, connections: f.connections, duration: 2 });
  const r = await autocannon({ url, connections: f.connections, duration: f.loadSeconds });
  return { requestsPerSecond: Math.round(r.requests.average), p50ms: r.latency.p50, p99ms: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

async function benchServe(site: string, f: ReturnType<typeof flags>) {
  const path_ = PAGES.article;
  const nextRuns: Awaited<ReturnType<typeof load>>[] = [];
  const staticRuns: Awaited<ReturnType<typeof load>>[] = [];
  for (let run = 1; run <= f.runs; run++) {
    log(`serving ${run}/${f.runs}: next start, then the static server (${f.connections} connections, ${f.loadSeconds} s each)`);
    const next = spawn(path.join(NODE_MODULES, '.bin', 'next'), ['start', '-p', '3392', '-H', '127.0.0.1'], { cwd: site, env, stdio: 'ignore' });
    try {
      await waitFor('http://127.0.0.1:3392/');
      nextRuns.push(await load(`http://127.0.0.1:3392${path_}`, f));
    } finally {
      stopTree(next);
    }
    const server = await startStaticServer(site, 3393);
    try {
      staticRuns.push(await load(`http://127.0.0.1:3393${path_}`, f));
    } finally {
      server.close();
    }
  }
  const med = (runs: typeof nextRuns) => ({
    requestsPerSecond: Math.round(median(runs.map((r) => r.requestsPerSecond))),
    p50ms: median(runs.map((r) => r.p50ms)),
    p99ms: median(runs.map((r) => r.p99ms)),
    errors: Math.max(...runs.map((r) => r.errors)),
    non2xx: Math.max(...runs.map((r) => r.non2xx)),
  });
  return { path: path_, next: med(nextRuns), static: med(staticRuns), runs: { next: nextRuns, static: staticRuns } };
}

const within = (ok: boolean) => (ok ? 'met' : 'missed');
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function tables(r: any): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`${r.date.slice(0, 10)}, ${m.cpuModel} × ${m.cpus} cores, ${m.memoryGB} GB, Node ${m.node}, Next ${m.next}; load average ${m.loadAverage[0]} at the start, ${m.loadAverageAfter[0]} at the end. Settings: ${r.settings}.`, '');
  if (r.build) {
    const b = r.build;
    const ratio = round(b.site.seconds / b.floor.seconds, 2);
    out.push(`Build, ${b.articles} articles (median of ${b.siteRuns.length})`, '');
    out.push('| | wall time | peak memory |', '| --- | --- | --- |');
    out.push(`| site + ${b.articles} synthetic articles (\`npm run build\`) | ${b.site.seconds} s | ${b.site.peakMB} MB |`);
    out.push(`| floor: bare Next app, ${b.articles} plain pages (\`next build\`) | ${b.floor.seconds} s | ${b.floor.peakMB} MB |`);
    out.push(`| ratio | ${ratio}× (target ≤ 1.3×: ${within(ratio <= 1.3)}) | ${round(b.site.peakMB / b.floor.peakMB, 2)}× (${b.articles === 1000 ? `target ≤ 1,536 MB: ${within(b.site.peakMB <= 1536)}` : 'target ≤ 1,536 MB at 1,000 articles'}) |`, '');
    out.push('| synthetic articles | wall time | peak memory | cost per extra article |', '| --- | --- | --- | --- |');
    for (const g of b.growth) out.push(`| ${g.articles} | ${g.seconds} s | ${g.peakMB} MB | ${g.msPerExtraArticle === undefined ? '' : `${g.msPerExtraArticle} ms`} |`);
    out.push('');
  }
  if (r.lighthouse) {
    out.push(`Lighthouse, mobile (median of ${r.settingsRuns}; page vs the same page without scripts, same server and headers)`, '');
    out.push('| page | score | LCP | TBT | floor score | floor LCP | floor TBT | difference (score, LCP, TBT) | target |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [name, x] of Object.entries<any>(r.lighthouse)) {
      const d = { score: x.page.score - x.floor.score, lcp: x.page.lcpMs - x.floor.lcpMs, tbt: x.page.tbtMs - x.floor.tbtMs };
      const island = ISLAND_PAGES.has(name);
      const ok = d.score >= -2 && (island ? d.tbt <= 60 : d.tbt <= 30 && d.lcp <= 100);
      const target = island ? '−2 points, TBT +60 ms' : '−2 points, TBT +30 ms, LCP +100 ms';
      out.push(`| ${name} | ${x.page.score} | ${x.page.lcpMs} ms | ${x.page.tbtMs} ms | ${x.floor.score} | ${x.floor.lcpMs} ms | ${x.floor.tbtMs} ms | ${signed(d.score)}, ${signed(d.lcp)} ms, ${signed(d.tbt)} ms | ${target}: ${within(ok)} |`);
    }
    out.push('', `Lighthouse's CPU index on this machine: ${Object.values<any>(r.lighthouse).map((x) => x.page.benchmarkIndex).join(', ')}.`, '');
  }
  if (r.serve) {
    const s = r.serve;
    const ratio = round(s.next.p99ms / s.static.p99ms, 2);
    out.push(`Serving ${s.path}, ${r.connections} connections, ${r.loadSeconds} s, loopback (median of ${s.runs.next.length})`, '');
    out.push('| server | req/s | p50 | p99 | errors | non-2xx |', '| --- | --- | --- | --- | --- | --- |');
    out.push(`| \`next start\` | ${s.next.requestsPerSecond} | ${s.next.p50ms} ms | ${s.next.p99ms} ms | ${s.next.errors} | ${s.next.non2xx} |`);
    out.push(`| static file server, same files | ${s.static.requestsPerSecond} | ${s.static.p50ms} ms | ${s.static.p99ms} ms | ${s.static.errors} | ${s.static.non2xx} |`);
    out.push(`| ratio | ${round(s.next.requestsPerSecond / s.static.requestsPerSecond, 2)}× | | ${ratio}× (target ≤ 3×, 0 errors: ${within(ratio <= 3 && s.next.errors === 0 && s.next.non2xx === 0)}) | | |`, '');
  }
  return out.join('\n');
}

async function main() {
  const f = flags();
  mkdirSync(TMP, { recursive: true });
  const nextVersion = (JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("next/package.json"))'], { cwd: ROOT }).toString()) as { version: string }).version;
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, next: nextVersion, loadAverage: os.loadavg().map((n) => round(n, 1)) },
    settings: `${f.quick ? 'quick: ' : ''}${f.articles} articles, growth ${f.growth.join('/')}, ${f.runs} run${f.runs === 1 ? '' : 's'} each, ${f.loadSeconds} s loads`,
    settingsRuns: f.runs,
    connections: f.connections,
    loadSeconds: f.loadSeconds,
  };
  log(`${(results.machine as { cpuModel: string }).cpuModel}, ${os.cpus().length} cores, Node ${process.version}; ${results.settings}`);
  if (f.only.has('build')) results.build = await benchBuild(f);
  if (f.only.has('lighthouse') || f.only.has('serve')) {
    let site = realSite;
    if (!site) {
      log('building the real site for Lighthouse and serving');
      site = siteCopy('site-0', 0);
      await freshBuild(site, SITE_BUILD);
    }
    if (f.only.has('lighthouse')) results.lighthouse = await benchLighthouse(site, f);
    if (f.only.has('serve')) results.serve = await benchServe(site, f);
  }
  (results.machine as { loadAverageAfter?: number[] }).loadAverageAfter = os.loadavg().map((n) => round(n, 1));
  const table = tables(results);
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(ROOT, 'bench', 'results.md'), `${table}\n`);
  console.log(`\n${table}\nWritten to bench/results.json and bench/results.md.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
