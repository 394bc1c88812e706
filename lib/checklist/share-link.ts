import * as z from 'zod/mini';
import { NAME_MAX, NOTE_MAX, type Evaluation } from './evaluation';
import { fragmentText, looksLikeShareLink, SHARE_PREFIX } from './share-fragment';

/**
 * A shared evaluation travels in the URL fragment (`#share=1.<data>`), so it never reaches the
 * server. <data> is base64url of deflate-compressed JSON with one-letter keys. The leading number
 * is the format version: a link of another version is refused with its own message.
 */
export const SHARE_VERSION = 1;
/** Longest fragment we produce or accept; with the page address, links stay under 2,000 characters. */
export const MAX_FRAGMENT = 1900;
/** Decompressed JSON larger than this is refused (a link cannot hold that much honestly). */
const MAX_JSON_BYTES = 32_000;

const short = { yes: 'y', no: 'n', unsure: 'u' } as const;
const long = { y: 'yes', n: 'no', u: 'unsure' } as const;
const itemId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(64));

const payloadSchema = z.strictObject({
  n: z.string().check(z.maxLength(NAME_MAX)),
  a: z.record(itemId, z.enum(['y', 'n', 'u'])),
  t: z.optional(z.record(itemId, z.string().check(z.minLength(1), z.maxLength(NOTE_MAX)))),
});

/** What a shared link holds: the evaluation without its local id and dates. */
export type SharedEvaluation = Pick<Evaluation, 'name' | 'answers' | 'notes'>;

export type DecodeResult =
  | { ok: true; shared: SharedEvaluation }
  | { ok: false; reason: 'not-a-share-link' | 'unknown-version' | 'too-long' | 'damaged' };

export type EncodeResult = { ok: true; fragment: string } | { ok: false; reason: 'too-long' };

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Encodes an evaluation for a share link; answers and notes only for the given checklist items. */
export async function encodeShareFragment(e: SharedEvaluation, itemIds: readonly string[]): Promise<EncodeResult> {
  const a: Record<string, 'y' | 'n' | 'u'> = {};
  const t: Record<string, string> = {};
  for (const id of itemIds) {
    const answer = e.answers[id];
    if (answer) a[id] = short[answer];
    const note = e.notes[id]?.trim();
    if (note) t[id] = note.slice(0, NOTE_MAX);
  }
  const json = JSON.stringify({ n: e.name.trim().slice(0, NAME_MAX), a, ...(Object.keys(t).length ? { t } : {}) });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  const fragment = `${SHARE_PREFIX}${SHARE_VERSION}.${toBase64Url(packed)}`;
  return fragment.length > MAX_FRAGMENT ? { ok: false, reason: 'too-long' } : { ok: true, fragment };
}

/**
 * Decodes a share fragment. Never throws: anything tampered, truncated, oversized or of another
 * version comes back as a reason the page can explain. Answers for questions the checklist no
 * longer has are dropped.
 */
export async function decodeShareFragment(hash: string, itemIds: readonly string[]): Promise<DecodeResult> {
  const fragment = fragmentText(hash);
  if (!looksLikeShareLink(fragment)) return { ok: false, reason: 'not-a-share-link' };
  if (!fragment.startsWith(SHARE_PREFIX)) return { ok: false, reason: 'damaged' };
  if (fragment.length > MAX_FRAGMENT) return { ok: false, reason: 'too-long' };
  const body = fragment.slice(SHARE_PREFIX.length);
  const dot = body.indexOf('.');
  const version = dot > 0 ? body.slice(0, dot) : '';
  if (!/^\d{1,3}$/.test(version)) return { ok: false, reason: 'damaged' };
  if (Number(version) !== SHARE_VERSION) return { ok: false, reason: 'unknown-version' };
  try {
    const json = await pipe(fromBase64Url(body.slice(dot + 1)), new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
    const parsed = payloadSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)));
    if (!parsed.success) return { ok: false, reason: 'damaged' };
    const known = new Set(itemIds);
    const answers: SharedEvaluation['answers'] = {};
    const notes: SharedEvaluation['notes'] = {};
    for (const [id, v] of Object.entries(parsed.data.a)) if (known.has(id)) answers[id] = long[v];
    for (const [id, v] of Object.entries(parsed.data.t ?? {})) if (known.has(id)) notes[id] = v;
    return { ok: true, shared: { name: parsed.data.n, answers, notes } };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
