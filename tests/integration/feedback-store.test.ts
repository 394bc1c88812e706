import { writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackConfig } from '@/lib/feedback/config';
import { handleFeedback, NOT_SAVED, type FeedbackDeps } from '@/lib/feedback/handler';
import { RateLimiter } from '@/lib/feedback/rate-limit';
import { FeedbackStore } from '@/lib/feedback/store';
import { testDatabases } from './databases';

const ORIGIN = 'https://guide.example';
const PAGES = new Set(['/', '/guides/red-flags', '/checklist']);
const FORM = 'application/x-www-form-urlencoded';

const open: FeedbackStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function openStore(database: FeedbackConfig['database']): Promise<FeedbackStore> {
  const store = await FeedbackStore.open(database);
  open.push(store);
  return store;
}

function deps(store: FeedbackStore | (() => Promise<FeedbackStore>), limit = { count: 1000, windowMs: 600_000 }, log: string[] = []): FeedbackDeps {
  return {
    pages: PAGES,
    store: typeof store === 'function' ? store : async () => store,
    limiter: new RateLimiter(limit, 'integration-test-salt'),
    trustProxy: 0,
    origin: ORIGIN,
    log: (m) => log.push(m),
  };
}

type Post = { method?: string; body?: BodyInit | (() => BodyInit); type?: string | null; headers?: Record<string, string>; json?: boolean };

function post({ method = 'POST', body, type = FORM, headers = {}, json = false }: Post): Request {
  const h = new Headers();
  // A browser's own headers by default; a header given as '' is not sent.
  for (const [k, v] of Object.entries({ origin: ORIGIN, 'sec-fetch-site': 'same-origin', ...headers })) if (v) h.set(k, v);
  if (type) h.set('content-type', type);
  if (json) h.set('accept', 'application/json');
  const b = typeof body === 'function' ? body() : body;
  // A stream is sent without a declared length (`duplex` is how fetch is told to send one).
  return new Request(`${ORIGIN}/feedback`, { method, headers: h, ...(b !== undefined ? { body: b, duplex: 'half' } : {}) } as RequestInit);
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

for (const db of testDatabases()) {
  describe(`feedback store on ${db.name}`, () => {
    it('creates its schema in an empty database, records the migration, and runs it only once', async () => {
      const database = await db.fresh();
      const store = await openStore(database);
      expect(await store.count()).toBe(0);
      const applied = await store.db.selectFrom('kysely_migration' as never).select(sql<string>`name`.as('name')).execute();
      expect(applied.map((r) => r.name)).toEqual(['2026-12-02-001-create-feedback']);
      expect(await store.migrate()).toEqual([]);
      // A second server opening the same database finds it ready.
      const again = await openStore(database);
      expect(await again.count()).toBe(0);
    });

    it('stores a post and reports yes and no counts, the useful share and the latest problems', async () => {
      const store = await openStore(await db.fresh());
      const d = deps(store);
      for (const kind of ['yes', 'yes', 'yes', 'no']) expect((await handleFeedback(post({ body: form({ page: '/guides/red-flags', kind }) }), d)).status).toBe(303);
      const reply = await handleFeedback(post({ body: form({ page: '/checklist', kind: 'problem', doing: 'Print it', wrong: 'Mail me at ann@example.org or 555-123-4567' }), json: true }), d);
      expect(reply.status).toBe(201);
      expect(await reply.json()).toEqual({ ok: true });
      const summary = await store.summary(new Date(Date.now() - 60_000));
      expect(summary).toEqual([
        { page: '/guides/red-flags', yes: 3, no: 1, problems: 0, useful: 0.75 },
        { page: '/checklist', yes: 0, no: 0, problems: 1, useful: null },
      ]);
      const [problem] = await store.problems(new Date(Date.now() - 60_000));
      expect(problem).toMatchObject({ page: '/checklist', doing: 'Print it', wrong: 'Mail me at [email removed] or [number removed]' });
      expect(await store.summary(new Date(Date.now() + 60_000))).toEqual([]);
    });

    it('prunes what is older than the cut-off and keeps the rest', async () => {
      const store = await openStore(await db.fresh());
      const day = 86_400_000;
      await store.add({ page: '/', kind: 'yes', doing: null, wrong: null }, new Date(Date.now() - 400 * day));
      await store.add({ page: '/', kind: 'problem', doing: null, wrong: 'old' }, new Date(Date.now() - 366 * day));
      await store.add({ page: '/', kind: 'no', doing: null, wrong: null }, new Date(Date.now() - 10 * day));
      expect(await store.prune(new Date(Date.now() - 365 * day))).toBe(2);
      expect(await store.count()).toBe(1);
    });

    it('stores all of 50 posts sent at once', async () => {
      const store = await openStore(await db.fresh());
      const d = deps(store);
      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, i) => handleFeedback(post({ body: form({ page: '/guides/red-flags', kind: 'problem', wrong: `report ${i}` }), json: true }), d)),
      );
      expect(replies.map((r) => r.status)).toEqual(Array(50).fill(201));
      expect(await store.count('/guides/red-flags')).toBe(50);
      const texts = (await store.problems(new Date(0), 100)).map((p) => p.wrong);
      expect(new Set(texts).size).toBe(50);
    });

    describe('refuses bad input with its status and stores nothing', () => {
      const ok = form({ page: '/', kind: 'yes' });
      const cases: [string, Post, number][] = [
        ['an empty body', { body: '' }, 400],
        ['a body over 8 KB', { body: form({ page: '/', kind: 'problem', wrong: 'x'.repeat(9000) }) }, 413],
        ['a body over 8 KB with no declared length', { body: () => new Blob(['page=%2F&kind=problem&wrong=', 'y'.repeat(9000)]).stream() }, 413],
        ['text that is not a form or JSON', { body: ok, type: 'text/plain' }, 415],
        ['no content type', { body: ok, type: null }, 415],
        ['multipart form data', { body: ok, type: 'multipart/form-data; boundary=x' }, 415],
        ['wrong types in JSON', { body: JSON.stringify({ page: '/', kind: 1, wrong: ['x'] }), type: 'application/json' }, 400],
        ['an unknown answer kind', { body: form({ page: '/', kind: 'maybe' }) }, 400],
        ['a page that is not the site’s', { body: form({ page: '/wp-admin', kind: 'yes' }) }, 400],
        ['a full address as the page', { body: form({ page: 'https://evil.example/', kind: 'yes' }) }, 400],
        ['a cross-site Origin', { body: ok, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } }, 403],
        ['an Origin of null', { body: ok, headers: { origin: 'null' } }, 403],
        ['a cross-site Sec-Fetch-Site with no Origin', { body: ok, headers: { origin: '', 'sec-fetch-site': 'cross-site' } }, 403],
        ['JSON with a __proto__ key', { body: '{"page":"/","kind":"yes","__proto__":{"polluted":true}}', type: 'application/json' }, 400],
        ['JSON with a constructor key', { body: '{"page":"/","kind":"yes","x":{"constructor":{"prototype":{}}}}', type: 'application/json' }, 400],
        ['invalid UTF-8 bytes', { body: new Uint8Array([...new TextEncoder().encode('page=/&kind=problem&wrong='), 0xc3, 0x28, 0xff]) }, 400],
        ['invalid UTF-8 escaped in the form', { body: 'page=%2F&kind=problem&wrong=%C3%28%FF' }, 400],
        ['the honeypot filled in', { body: form({ page: '/', kind: 'yes', website: 'http://spam.example' }) }, 400],
        ['a GET', { method: 'GET', type: null }, 405],
        ['a PUT', { method: 'PUT', body: ok }, 405],
      ];
      // One database for all the cases: each must leave it empty.
      let store: FeedbackStore;
      beforeAll(async () => {
        store = await FeedbackStore.open(await db.fresh());
      });
      afterAll(() => store.close());
      for (const [what, request, status] of cases) {
        it(`${what}: ${status}`, async () => {
          for (const json of [false, true]) {
            const reply = await handleFeedback(post({ ...request, json }), deps(store));
            expect(reply.status, `${what} (${json ? 'JSON' : 'page'})`).toBe(status);
            const text = await reply.text();
            if (json) expect(JSON.parse(text)).toMatchObject({ ok: false, error: expect.stringMatching(/\w{4,}/) });
            else expect(text).toMatch(/<h1>[^<]+<\/h1>\n<p>[^<]{10,}<\/p>/);
          }
          expect(await store.count()).toBe(0);
        });
      }

      it('posts past the rate limit: 429 with Retry-After, and only the allowed ones stored', async () => {
        const store = await openStore(await db.fresh());
        const d = deps(store, { count: 3, windowMs: 600_000 });
        const statuses: number[] = [];
        let retryAfter: string | null = null;
        for (let i = 0; i < 5; i++) {
          const reply = await handleFeedback(post({ body: ok }), d, '203.0.113.5');
          statuses.push(reply.status);
          if (reply.status === 429) retryAfter = reply.headers.get('retry-after');
        }
        expect(statuses).toEqual([303, 303, 303, 429, 429]);
        expect(Number(retryAfter)).toBeGreaterThan(500);
        // Another reader is not held back by the first one, nor by a forged X-Forwarded-For.
        expect((await handleFeedback(post({ body: ok, headers: { 'x-forwarded-for': '198.51.100.1' } }), d, '203.0.113.5')).status).toBe(429);
        expect((await handleFeedback(post({ body: ok }), d, '198.51.100.7')).status).toBe(303);
        expect(await store.count()).toBe(4);
      });
    });

    it('says "we could not save this" with a 503, logs why, and shows no stack, when a write fails', async () => {
      const store = await openStore(await db.fresh());
      await store.db.schema.dropTable('feedback').execute();
      const log: string[] = [];
      for (const json of [false, true]) {
        const reply = await handleFeedback(post({ body: form({ page: '/', kind: 'no' }), json }), deps(store, undefined, log));
        expect(reply.status).toBe(503);
        const text = await reply.text();
        expect(text).toContain(NOT_SAVED);
        expect(text).not.toMatch(/\bat \S+ \(|node_modules|Error:|SQLITE|relation/i);
      }
      expect(log).toHaveLength(2);
      expect(log[0]).toMatch(/could not store a post about \/: .*feedback/);
    });
  });
}

describe('a database that cannot be opened', () => {
  const cannotOpen: [string, () => FeedbackConfig['database']][] = [
    ['an SQLite file in a folder that cannot exist', () => ({ kind: 'sqlite', file: '/dev/null/feedback.db' })],
    [
      'an SQLite file that is not a database',
      () => {
        const file = `/tmp/feedback-not-a-db-${process.pid}.db`;
        writeFileSync(file, 'this is not a database file, just text that fills more than one page '.repeat(100));
        return { kind: 'sqlite', file };
      },
    ],
    ['a PostgreSQL server that does not answer', () => ({ kind: 'postgres', url: 'postgres://nobody@127.0.0.1:9/none' })],
  ];
  for (const [what, database] of cannotOpen) {
    it(`${what}: 503, logged, and tried again on the next post`, async () => {
      const log: string[] = [];
      let attempts = 0;
      const d = deps(() => {
        attempts++;
        return FeedbackStore.open(database());
      }, undefined, log);
      for (let i = 0; i < 2; i++) {
        const reply = await handleFeedback(post({ body: form({ page: '/', kind: 'yes' }) }), d);
        expect(reply.status).toBe(503);
        expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
        const html = await reply.text();
        expect(html).toContain('<h1>We could not save your feedback</h1>');
        expect(html).toContain(NOT_SAVED);
        expect(html).toContain('<a href="/#feedback">Go back to the page</a>');
        expect(html).not.toMatch(/\bat \S+ \(|node_modules|ECONNREFUSED|SQLITE/);
      }
      expect(attempts).toBe(2);
      expect(log).toHaveLength(2);
    });
  }
});
