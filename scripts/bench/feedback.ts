// `npm run bench:feedback`: how many feedback posts a second the production server stores, and
// how long they take, at 20 connections for 10 seconds (after 2 seconds of warm-up that are not
// counted): on SQLite, and on PostgreSQL too when DATABASE_URL is set (use a throwaway
// database: the posts stay there). Needs a build (`npm run build`). Loopback only, and it stops
// by itself. Every post is acknowledged only after its row is committed, so this measures
// the handler and the database's commit, not a queue.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { FeedbackConfig } from '../../lib/feedback/config';
import { FeedbackStore } from '../../lib/feedback/store';

const CONNECTIONS = 20;
const SECONDS = 10;

if (!existsSync('.next/BUILD_ID')) {
  console.error('No build here: run `npm run build` first.');
  process.exit(1);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });

async function startServer(database: FeedbackConfig['database'], port: number): Promise<ChildProcess> {
  const { DATABASE_URL: _u, FEEDBACK_DB: _f, ...rest } = process.env;
  const env = { ...rest, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: `http://127.0.0.1:${port}`, FEEDBACK_RATE_LIMIT: '100000000/600', ...(database.kind === 'postgres' ? { DATABASE_URL: database.url } : { FEEDBACK_DB: database.file }) };
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: 'ignore' });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill('SIGKILL');
  throw new Error('the server did not start in 30 s');
}

async function bench(name: string, database: FeedbackConfig['database']) {
  const port = await freePort();
  const server = await startServer(database, port);
  try {
    const url = `http://127.0.0.1:${port}/feedback`;
    const request = {
      url,
      method: 'POST' as const,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' },
      body: 'page=%2Fguides%2Fred-flags&kind=problem&doing=Compare+fees&wrong=The+table+does+not+fit+on+my+phone',
    };
    await autocannon({ ...request, connections: CONNECTIONS, duration: 2 });
    const store = await FeedbackStore.open(database);
    const before = await store.count();
    const r = await autocannon({ ...request, connections: CONNECTIONS, duration: SECONDS });
    const stored = (await store.count()) - before;
    await store.close();
    return {
      database: name,
      postsPerSecond: Math.round(r.requests.average),
      p50ms: r.latency.p50,
      p99ms: r.latency.p99,
      acknowledged: r['2xx'],
      stored,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
    };
  } finally {
    server.kill('SIGTERM');
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-feedback-'));
try {
  const results = [await bench('SQLite', { kind: 'sqlite', file: path.join(dir, 'feedback.db') })];
  if (process.env.DATABASE_URL) results.push(await bench('PostgreSQL', { kind: 'postgres', url: process.env.DATABASE_URL }));
  console.log(`Feedback posts, ${CONNECTIONS} connections, ${SECONDS} s each, on ${os.cpus().length} cores:`);
  console.table(results);
  // Posts still on their way when the time is up may be stored without being counted as
  // answered, so stored can exceed acknowledged; never the other way round.
  if (results.some((r) => r.errors || r.non2xx || r.stored < r.acknowledged)) {
    console.error('Some posts failed, or fewer were stored than acknowledged (see above).');
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
