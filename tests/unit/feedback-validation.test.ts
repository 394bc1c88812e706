import { describe, expect, it } from 'vitest';
import { feedbackConfig } from '@/lib/feedback/config';
import { bodyType, checkSameOrigin, parseBody, readBody, Refusal } from '@/lib/feedback/request';
import { MAX_BODY_BYTES, submissionSchema } from '@/lib/feedback/submission';

const pages = new Set(['/', '/guides/red-flags', '/checklist']);
const schema = submissionSchema(pages);
const bytes = (s: string) => new TextEncoder().encode(s);

/** The status a function refuses with, or 'accepted'. */
function statusOf(fn: () => unknown): number | 'accepted' {
  try {
    fn();
    return 'accepted';
  } catch (error) {
    if (error instanceof Refusal) return error.status;
    throw error;
  }
}

describe('submission schema', () => {
  it('accepts a yes, a no and a problem report about a page of the site', () => {
    expect(schema.parse({ page: '/', kind: 'yes' })).toEqual({ page: '/', kind: 'yes', doing: null, wrong: null });
    expect(schema.parse({ page: '/checklist', kind: 'no', website: '' }).kind).toBe('no');
    expect(schema.parse({ page: '/guides/red-flags', kind: 'problem', doing: ' Find fees ', wrong: 'The link is broken' })).toEqual({
      page: '/guides/red-flags',
      kind: 'problem',
      doing: 'Find fees',
      wrong: 'The link is broken',
    });
  });

  it('refuses pages that are not the site’s, unknown kinds, wrong types and unknown fields', () => {
    for (const bad of [
      { page: '/admin', kind: 'yes' },
      { page: 'https://evil.example/', kind: 'yes' },
      { page: '/guides/red-flags/../x', kind: 'yes' },
      { page: '/', kind: 'maybe' },
      { page: '/', kind: ['yes'] },
      { page: 42, kind: 'yes' },
      { page: '/', kind: 'problem', wrong: 7 },
      { page: '/', kind: 'yes', extra: 'x' },
      { kind: 'yes' },
    ]) {
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('needs "what went wrong" on a report, and no text on a yes or no', () => {
    const noText = schema.safeParse({ page: '/', kind: 'problem', doing: 'Read', wrong: '   ' });
    expect(noText.success).toBe(false);
    expect(noText.error?.issues[0]?.message).toBe('Tell us what went wrong before you send the report.');
    expect(schema.safeParse({ page: '/', kind: 'yes', wrong: 'text' }).success).toBe(false);
  });

  it('counts a line break as one character, as the text box does, and refuses more than 1,000', () => {
    const full = `${'a'.repeat(499)}\r\n${'b'.repeat(500)}`;
    expect(schema.parse({ page: '/', kind: 'problem', wrong: full }).wrong).toHaveLength(1000);
    const over = schema.safeParse({ page: '/', kind: 'problem', wrong: 'x'.repeat(1001) });
    expect(over.error?.issues[0]?.message).toBe('Each answer can be at most 1,000 characters.');
  });
});

describe('request checks', () => {
  it('takes only forms and JSON, in UTF-8', () => {
    expect(bodyType('application/x-www-form-urlencoded')).toBe('form');
    expect(bodyType('application/json; charset=UTF-8')).toBe('json');
    for (const t of [null, 'text/plain', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1']) {
      expect(statusOf(() => bodyType(t)), String(t)).toBe(415);
    }
  });

  it('refuses another site by Origin, or by Sec-Fetch-Site when there is no Origin', () => {
    const own = ['https://guide.example'];
    const check = (h: Record<string, string>) => statusOf(() => checkSameOrigin(new Headers(h), own));
    expect(check({ origin: 'https://guide.example' })).toBe('accepted');
    expect(check({ 'sec-fetch-site': 'same-origin' })).toBe('accepted');
    expect(check({})).toBe('accepted');
    expect(check({ origin: 'https://evil.example' })).toBe(403);
    expect(check({ origin: 'null' })).toBe(403);
    expect(check({ origin: 'https://guide.example.evil.example' })).toBe(403);
    expect(check({ 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(check({ 'sec-fetch-site': 'same-site' })).toBe(403);
  });

  it('parses a form strictly: bad UTF-8, repeated fields and prototype keys are refused', () => {
    expect(parseBody(bytes('page=%2F&kind=yes&doing=a+b%20c'), 'form')).toEqual({ page: '/', kind: 'yes', doing: 'a b c' });
    expect(statusOf(() => parseBody(bytes(''), 'form'))).toBe(400);
    expect(statusOf(() => parseBody(bytes('page=%FF'), 'form'))).toBe(400);
    expect(statusOf(() => parseBody(new Uint8Array([0x70, 0x3d, 0xc3, 0x28]), 'form'))).toBe(400);
    expect(statusOf(() => parseBody(bytes('kind=yes&kind=no'), 'form'))).toBe(400);
    expect(statusOf(() => parseBody(bytes('__proto__=x&kind=yes'), 'form'))).toBe(400);
  });

  it('parses JSON strictly: only an object, and no __proto__ or constructor keys at any depth', () => {
    expect(parseBody(bytes('{"page":"/","kind":"yes"}'), 'json')).toEqual({ page: '/', kind: 'yes' });
    for (const bad of ['[]', '"yes"', 'null', '{', '{"__proto__":{"admin":true},"page":"/"}', '{"a":{"constructor":{}}}']) {
      expect(statusOf(() => parseBody(bytes(bad), 'json')), bad).toBe(400);
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('reads at most 8 KB, whether or not the length was declared', async () => {
    const post = (body: string, headers: Record<string, string> = {}) => new Request('http://x/feedback', { method: 'POST', body, headers });
    expect((await readBody(post('a'.repeat(MAX_BODY_BYTES)))).byteLength).toBe(MAX_BODY_BYTES);
    await expect(readBody(post('a'.repeat(MAX_BODY_BYTES + 1)))).rejects.toMatchObject({ status: 413 });
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(bytes('a'.repeat(1000)));
        c.close();
      },
    });
    await expect(readBody(new Request('http://x/feedback', { method: 'POST', body: stream, duplex: 'half' } as RequestInit))).rejects.toMatchObject({ status: 413 });
    await expect(readBody(post('small', { 'content-length': '100000' }))).rejects.toMatchObject({ status: 413 });
  });
});

describe('feedback settings', () => {
  it('uses data/feedback.db by default, FEEDBACK_DB when set, PostgreSQL when DATABASE_URL is set', () => {
    expect(feedbackConfig({}).database).toEqual({ kind: 'sqlite', file: `${process.cwd()}/data/feedback.db` });
    expect(feedbackConfig({ FEEDBACK_DB: '/var/lib/guide/fb.db' }).database).toEqual({ kind: 'sqlite', file: '/var/lib/guide/fb.db' });
    expect(feedbackConfig({ DATABASE_URL: 'postgres://u@db/guide' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@db/guide' });
    expect(feedbackConfig({ FEEDBACK_RATE_LIMIT: '5/60', FEEDBACK_TRUST_PROXY: '1' })).toMatchObject({ rateLimit: { count: 5, windowMs: 60_000 }, trustProxy: 1 });
  });

  it('takes the salt from configuration, and a random one per process without it', () => {
    expect(feedbackConfig({ FEEDBACK_SALT: 'a-long-enough-secret' }).salt).toBe('a-long-enough-secret');
    expect(feedbackConfig({}).salt).not.toBe(feedbackConfig({}).salt);
  });

  it('names every malformed setting', () => {
    const read = () => feedbackConfig({ DATABASE_URL: 'mysql://x', FEEDBACK_RATE_LIMIT: 'lots', FEEDBACK_SALT: 'short' });
    expect(read).toThrow(/at DATABASE_URL/);
    expect(read).toThrow(/at FEEDBACK_SALT/);
    expect(read).toThrow(/at FEEDBACK_RATE_LIMIT/);
  });
});
