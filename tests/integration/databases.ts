import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import type { FeedbackConfig } from '@/lib/feedback/config';

export type TestDatabase = {
  name: 'SQLite' | 'PostgreSQL';
  /** A new, empty database. */
  fresh: () => Promise<FeedbackConfig['database']>;
};

const postgresUrl = inject('postgresUrl');

/** Each fresh PostgreSQL database is its own `CREATE DATABASE`, dropped when the file's tests end. */
function postgres(url: string): TestDatabase {
  const created: string[] = [];
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });
  return {
    name: 'PostgreSQL',
    fresh: async () => {
      const name = `feedback_${randomBytes(6).toString('hex')}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      created.push(name);
      const u = new URL(url);
      u.pathname = `/${name}`;
      return { kind: 'postgres', url: u.toString() };
    },
  };
}

function sqlite(): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'feedback-sqlite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return { name: 'SQLite', fresh: async () => ({ kind: 'sqlite', file: path.join(dir, `feedback-${++n}.db`) }) };
}

/**
 * Both databases the store supports. PostgreSQL is left out only outside CI on a machine
 * without it (tests/integration/postgres.ts warns); in CI its absence has already failed the run.
 */
export function testDatabases(): TestDatabase[] {
  return [sqlite(), ...(postgresUrl ? [postgres(postgresUrl)] : [])];
}
