import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Generated } from 'kysely';
import pg from 'pg';
import type { FeedbackConfig } from './config';
import { migrationProvider } from './migrations';
import type { FeedbackKind, Submission } from './submission';

/** The stored row. No address, no hash of one, no cookie: only what the reader chose to send. */
export type FeedbackTable = {
  id: Generated<string>;
  /** When it was stored, ISO 8601 in UTC. */
  created_at: string;
  page: string;
  kind: FeedbackKind;
  doing: string | null;
  wrong: string | null;
};

export type FeedbackDatabase = { feedback: FeedbackTable };

export type PageSummary = { page: string; yes: number; no: number; problems: number; useful: number | null };
export type ProblemReport = { createdAt: string; page: string; doing: string | null; wrong: string | null };

/**
 * The feedback store: one typed query layer over SQLite (better-sqlite3) or PostgreSQL (pg),
 * with one set of migrations for both. Every write is a single statement that has committed
 * when its promise resolves, so an answer sent after `add` never speaks for unsaved data.
 */
export class FeedbackStore {
  private constructor(
    readonly db: Kysely<FeedbackDatabase>,
    readonly kind: 'sqlite' | 'postgres',
  ) {}

  /** Opens the database, creating it and its schema on first use, and brings it up to date. */
  static async open(database: FeedbackConfig['database']): Promise<FeedbackStore> {
    const db = new Kysely<FeedbackDatabase>({ dialect: database.kind === 'postgres' ? postgresDialect(database.url) : sqliteDialect(database.file) });
    const store = new FeedbackStore(db, database.kind);
    try {
      await store.migrate();
    } catch (error) {
      await db.destroy().catch(() => undefined);
      throw error;
    }
    return store;
  }

  /** Runs every migration not yet applied. Two servers starting at once on PostgreSQL take turns (Kysely locks). */
  async migrate(): Promise<string[]> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider });
    // Two processes creating one SQLite file at once: the one that loses the race sees a stale
    // snapshot and fails, then finds the schema there on its second try.
    for (let attempt = 1; ; attempt++) {
      const { error, results = [] } = await migrator.migrateToLatest();
      if (!error) return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
      if (attempt >= 3) throw error instanceof Error ? error : new Error(String(error));
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }

  /** Stores one submission (its texts already redacted); resolves once it is committed. */
  async add(submission: Submission, now = new Date()): Promise<void> {
    await this.db
      .insertInto('feedback')
      .values({ id: randomUUID(), created_at: now.toISOString(), page: submission.page, kind: submission.kind, doing: submission.doing, wrong: submission.wrong })
      .execute();
  }

  /** How many rows there are (all, or on one page). */
  async count(page?: string): Promise<number> {
    let q = this.db.selectFrom('feedback').select((eb) => eb.fn.countAll<number | string | bigint>().as('n'));
    if (page !== undefined) q = q.where('page', '=', page);
    const row = await q.executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Per page: yes and no answers, problem reports, and the share of answers that were yes. */
  async summary(since: Date): Promise<PageSummary[]> {
    const rows = await this.db
      .selectFrom('feedback')
      .select(['page', 'kind', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
      .where('created_at', '>=', since.toISOString())
      .groupBy(['page', 'kind'])
      .execute();
    const pages = new Map<string, PageSummary>();
    for (const { page, kind, n } of rows) {
      const s = pages.get(page) ?? { page, yes: 0, no: 0, problems: 0, useful: null };
      if (kind === 'yes') s.yes = Number(n);
      else if (kind === 'no') s.no = Number(n);
      else s.problems = Number(n);
      pages.set(page, s);
    }
    return [...pages.values()]
      .map((s) => ({ ...s, useful: s.yes + s.no ? s.yes / (s.yes + s.no) : null }))
      .sort((a, b) => b.yes + b.no + b.problems - (a.yes + a.no + a.problems) || a.page.localeCompare(b.page));
  }

  /** The latest problem reports since a date, newest first. */
  async problems(since: Date, limit = 50): Promise<ProblemReport[]> {
    const rows = await this.db
      .selectFrom('feedback')
      .select(['created_at', 'page', 'doing', 'wrong'])
      .where('kind', '=', 'problem')
      .where('created_at', '>=', since.toISOString())
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ createdAt: r.created_at, page: r.page, doing: r.doing, wrong: r.wrong }));
  }

  /** Deletes everything stored before this date; returns how many rows went. */
  async prune(before: Date): Promise<number> {
    const result = await this.db.deleteFrom('feedback').where('created_at', '<', before.toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

function sqliteDialect(file: string): SqliteDialect {
  return new SqliteDialect({
    database: async () => {
      mkdirSync(path.dirname(file), { recursive: true });
      const db = new SQLite(file);
      // Write-ahead logging: readers never wait for the writer. FULL makes each commit reach
      // the disk before the answer goes out, so a power cut cannot take an acknowledged post.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('busy_timeout = 5000');
      return db;
    },
  });
}

function postgresDialect(url: string): PostgresDialect {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error(`feedback: PostgreSQL connection lost: ${error.message}`));
  return new PostgresDialect({ pool });
}
