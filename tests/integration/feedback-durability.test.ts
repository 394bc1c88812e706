import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { FeedbackConfig } from '@/lib/feedback/config';
import { FeedbackStore } from '@/lib/feedback/store';
import { testDatabases } from './databases';

const N = 40;

/** Starts scripts/feedback/serve.ts (the real handler, settings from the environment) and waits for its port. */
async function startServer(database: FeedbackConfig['database']): Promise<{ child: ChildProcess; port: number }> {
  const { DATABASE_URL: _url, FEEDBACK_DB: _file, ...rest } = process.env;
  const env: NodeJS.ProcessEnv = { ...rest, FEEDBACK_RATE_LIMIT: '1000/600' };
  if (database.kind === 'postgres') env.DATABASE_URL = database.url;
  else env.FEEDBACK_DB = database.file;
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/feedback/serve.ts', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${output}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      output += d;
      const m = /listening on (\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr?.on('data', (d: Buffer) => (output += d));
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return { child, port };
}

async function postOnce(port: number, i: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', Origin: `http://127.0.0.1:${port}` },
    body: new URLSearchParams({ page: '/guides/red-flags', kind: 'problem', wrong: `acknowledged ${i}` }),
  });
  return response.status;
}

const killed = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

for (const db of testDatabases()) {
  describe(`nothing acknowledged is lost on ${db.name}`, () => {
    it(`keeps all ${N} acknowledged posts when the server is killed with SIGKILL right after`, async () => {
      const database = await db.fresh();
      const first = await startServer(database);
      try {
        // Acknowledged one after another, with the kill straight after the last answer.
        const statuses: number[] = [];
        for (let i = 0; i < N; i++) statuses.push(await postOnce(first.port, i));
        first.child.kill('SIGKILL');
        expect(statuses).toEqual(Array(N).fill(201));
      } finally {
        first.child.kill('SIGKILL');
        await killed(first.child);
      }
      expect(first.child.signalCode).toBe('SIGKILL');

      // The restarted server opens the same database, finds the N rows, and goes on storing.
      const second = await startServer(database);
      try {
        expect(await postOnce(second.port, N)).toBe(201);
      } finally {
        second.child.kill('SIGKILL');
        await killed(second.child);
      }
      const store = await FeedbackStore.open(database);
      try {
        expect(await store.count()).toBe(N + 1);
        const texts = new Set((await store.problems(new Date(0), 100)).map((p) => p.wrong));
        for (let i = 0; i <= N; i++) expect(texts.has(`acknowledged ${i}`), `post ${i}`).toBe(true);
      } finally {
        await store.close();
      }
    });
  });
}
