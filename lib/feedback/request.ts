import { MAX_BODY_BYTES } from './submission';

/** A request the handler refuses: the status, and words a reader can act on. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export type BodyType = 'form' | 'json';

/** The body's type from Content-Type: a form's or JSON, in UTF-8; anything else is a 415. */
export function bodyType(contentType: string | null): BodyType {
  const [media = '', ...params] = (contentType ?? '').toLowerCase().split(';').map((s) => s.trim());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') throw new Refusal(415, 'Send the form as UTF-8 text.');
  if (media === 'application/x-www-form-urlencoded') return 'form';
  if (media === 'application/json') return 'json';
  throw new Refusal(415, 'Send the form as a web form or as JSON.');
}

/**
 * Whether the request comes from a page of this site. A browser names the page's origin in
 * `Origin` on every POST it makes; older ones send only `Sec-Fetch-Site`. Either one saying
 * another site means someone else's page is posting on the reader's behalf.
 */
export function checkSameOrigin(headers: Headers, ownOrigins: readonly string[]): void {
  const origin = headers.get('origin');
  if (origin !== null) {
    if (!ownOrigins.includes(origin)) throw new Refusal(403, 'Feedback can only be sent from a page of this site.');
    return;
  }
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') throw new Refusal(403, 'Feedback can only be sent from a page of this site.');
}

const TOO_LARGE = () => new Refusal(413, 'That was too long to send. Each answer can be at most 1,000 characters.');

/** The body's bytes, at most MAX_BODY_BYTES: a longer one is refused without being read whole. */
export async function readBody(request: Request, max = MAX_BODY_BYTES): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > max) throw TOO_LARGE();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw TOO_LARGE();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

const INVALID_TEXT = () => new Refusal(400, 'Some of the text could not be read. Check what you typed and send it again.');
/** Keys that would reach an object's prototype if some code later merged this object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Decodes the body (strict UTF-8) into a plain record of fields; any surprise is a 400. */
export function parseBody(bytes: Uint8Array, type: BodyType): Record<string, unknown> {
  if (bytes.byteLength === 0) throw new Refusal(400, 'The form was empty. Choose an answer, then send it.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw INVALID_TEXT();
  }
  return type === 'json' ? parseJson(text) : parseForm(text);
}

function parseJson(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new Refusal(400, 'The form had a field it should not have.');
      return v;
    });
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal(400, 'The form could not be read.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Refusal(400, 'The form could not be read.');
  return value as Record<string, unknown>;
}

/**
 * application/x-www-form-urlencoded, by hand: URLSearchParams would turn bytes that are not
 * UTF-8 (`%FF`) into replacement characters without a word, and keep repeated fields.
 */
function parseForm(text: string): Record<string, unknown> {
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const [rawKey, rawValue] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      throw INVALID_TEXT();
    }
    if (FORBIDDEN_KEYS.has(key)) throw new Refusal(400, 'The form had a field it should not have.');
    if (key in fields) throw new Refusal(400, 'The form had a field twice.');
    fields[key] = value;
  }
  return fields;
}
