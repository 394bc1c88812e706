import * as z from 'zod/mini';
import { NAME_MAX, NOTE_MAX, type Evaluation } from './evaluation';
import { factsSchema } from './facts';
import { checkSeal, seal, unpack } from './sealed';
import { fragmentText, looksLikeShareLink, SHARE_PREFIX } from './share-fragment';

/**
 * A shared evaluation travels in the URL fragment, so it never reaches the server:
 * `#share=2.<data>.<checksum>` (sealed.ts), where <data> is base64url of deflate-compressed JSON
 * with one-letter keys. The leading number is the format version: a link of an unknown version
 * is refused with its own message. Version 1 links (`#share=1.<data>`, no checksum) were shared
 * before the checksum existed, and still open.
 */
export const SHARE_VERSION = 2;
/** The version without a checksum: read, never written. */
const UNSEALED_VERSION = 1;
/** Longest fragment we produce or accept; with the page address, links stay under 2,000 characters. */
export const MAX_FRAGMENT = 1900;
/** Decompressed JSON larger than this is refused (a link cannot hold that much honestly). */
const MAX_JSON_BYTES = 32_000;

const short = { yes: 'y', no: 'n', unsure: 'u' } as const;
const long = { y: 'yes', n: 'no', u: 'unsure' } as const;
const itemId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(64));

/** One evaluation as a link holds it; also each program of a comparison link (compare-link.ts). */
export const payloadSchema = z.strictObject({
  n: z.string().check(z.maxLength(NAME_MAX)),
  a: z.record(itemId, z.enum(['y', 'n', 'u'])),
  t: z.optional(z.record(itemId, z.string().check(z.minLength(1), z.maxLength(NOTE_MAX)))),
  /** Program facts, as saved (version 2 only; version 1 links never had them). */
  f: z.optional(factsSchema),
});
export type Payload = z.infer<typeof payloadSchema>;

/** What a shared link holds: the evaluation without its local id and dates. */
export type SharedEvaluation = Pick<Evaluation, 'name' | 'answers' | 'notes' | 'facts'>;

export type DecodeError = 'not-a-share-link' | 'unknown-version' | 'too-long' | 'damaged';
export type DecodeResult = { ok: true; shared: SharedEvaluation } | { ok: false; reason: DecodeError };

export type EncodeResult = { ok: true; fragment: string } | { ok: false; reason: 'too-long' };

/** The link's form of an evaluation: answers and notes only for the given checklist items. */
export function toPayload(e: SharedEvaluation, itemIds: readonly string[]): Payload {
  const a: Payload['a'] = {};
  const t: Record<string, string> = {};
  for (const id of itemIds) {
    const answer = e.answers[id];
    if (answer) a[id] = short[answer];
    const note = e.notes[id]?.trim();
    if (note) t[id] = note.slice(0, NOTE_MAX);
  }
  const f = factsSchema.safeParse(e.facts);
  return { n: e.name.trim().slice(0, NAME_MAX), a, ...(Object.keys(t).length ? { t } : {}), ...(f.success && Object.keys(f.data).length ? { f: f.data } : {}) };
}

/** The evaluation a payload holds; answers and notes for questions the checklist no longer has are dropped. */
export function fromPayload(p: Payload, itemIds: readonly string[]): SharedEvaluation {
  const known = new Set(itemIds);
  const answers: SharedEvaluation['answers'] = {};
  const notes: SharedEvaluation['notes'] = {};
  for (const [id, v] of Object.entries(p.a)) if (known.has(id)) answers[id] = long[v];
  for (const [id, v] of Object.entries(p.t ?? {})) if (known.has(id)) notes[id] = v;
  return { name: p.n, answers, notes, ...(p.f ? { facts: p.f } : {}) };
}

/** Encodes an evaluation for a share link; answers and notes only for the given checklist items. */
export async function encodeShareFragment(e: SharedEvaluation, itemIds: readonly string[]): Promise<EncodeResult> {
  const fragment = `${SHARE_PREFIX}${await seal(SHARE_VERSION, JSON.stringify(toPayload(e, itemIds)))}`;
  return fragment.length > MAX_FRAGMENT ? { ok: false, reason: 'too-long' } : { ok: true, fragment };
}

/**
 * Reads the sealed (or, for version 1, unsealed) JSON after a prefix. Never throws: anything
 * tampered, truncated, oversized or of another version comes back as a reason to explain.
 */
export async function openFragment(
  fragment: string,
  prefix: string,
  maxFragment: number,
): Promise<{ ok: true; version: number; value: unknown } | { ok: false; reason: Exclude<DecodeError, 'not-a-share-link'> }> {
  if (!fragment.startsWith(prefix)) return { ok: false, reason: 'damaged' };
  if (fragment.length > maxFragment) return { ok: false, reason: 'too-long' };
  const body = fragment.slice(prefix.length);
  const dot = body.indexOf('.');
  const version = dot > 0 ? body.slice(0, dot) : '';
  if (!/^\d{1,3}$/.test(version)) return { ok: false, reason: 'damaged' };
  const v = Number(version);
  let data: string | undefined;
  if (v === SHARE_VERSION) data = checkSeal(body);
  else if (v === UNSEALED_VERSION && prefix === SHARE_PREFIX) data = body.slice(dot + 1);
  else return { ok: false, reason: 'unknown-version' };
  if (data === undefined) return { ok: false, reason: 'damaged' };
  try {
    return { ok: true, version: v, value: await unpack(data, MAX_JSON_BYTES) };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

/**
 * Decodes a share fragment. Never throws: anything tampered, truncated, oversized or of another
 * version comes back as a reason the page can explain. Answers for questions the checklist no
 * longer has are dropped.
 */
export async function decodeShareFragment(hash: string, itemIds: readonly string[]): Promise<DecodeResult> {
  const fragment = fragmentText(hash);
  if (!looksLikeShareLink(fragment)) return { ok: false, reason: 'not-a-share-link' };
  const opened = await openFragment(fragment, SHARE_PREFIX, MAX_FRAGMENT);
  if (!opened.ok) return opened;
  const parsed = payloadSchema.safeParse(opened.value);
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  return { ok: true, shared: fromPayload(parsed.data, itemIds) };
}
