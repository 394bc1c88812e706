import * as z from 'zod/mini';
import { NAME_MAX, NOTE_MAX, type Evaluation } from './evaluation';
import { factsSchema, FORMATS, INCLUDES_MAX, NUMBER_FACTS, PAYMENTS } from './facts';
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
/**
 * How long a link can get, worked out from the limits the page itself enforces rather than
 * measured on examples, so that any checklist the page lets a reader fill in fits in a link:
 * up to LINK_QUESTIONS questions, each answered and noted (NOTE_MAX), the longest name, and
 * every program fact. A unit test checks the real checklist is inside LINK_QUESTIONS and
 * LINK_ID_MAX, and the content check refuses a checklist.yaml that is not.
 */
export const LINK_QUESTIONS = 30;
/** Longest question id a link is sized for (the longest today has 27 characters). */
export const LINK_ID_MAX = 40;

/**
 * JSON.stringify writes at most 6 bytes of UTF-8 for one UTF-16 code unit, the unit maxLength
 * counts: `\u0001` for a control character or a lone surrogate. Chinese takes 3 bytes a
 * character, an emoji 4 bytes for its 2 code units, a quote or a new line 2, plain ASCII 1.
 */
const JSON_BYTES_PER_UNIT = 6;
/** The JSON of a text of up to `max` code units, with its quotes. */
const jsonText = (max: number) => 2 + max * JSON_BYTES_PER_UNIT;
const longest = (words: readonly string[]) => words.reduce((a, b) => (b.length > a.length ? b : a), '');

/** The longest `f` a link can hold: every fact at its widest, `includes` written as escapes. */
const FACTS_JSON_MAX =
  JSON.stringify({
    price: NUMBER_FACTS.price.max,
    includes: '',
    hours: NUMBER_FACTS.hours.max,
    weeks: NUMBER_FACTS.weeks.max,
    format: longest(FORMATS),
    pay: PAYMENTS.map(() => longest(PAYMENTS)),
  }).length -
  2 +
  jsonText(INCLUDES_MAX);

/**
 * The most bytes of JSON one program's payload can take: `{"n":…,"a":{…},"t":{…},"f":{…}}` with
 * the name, every note and `includes` at their longest and written as 6-byte escapes, and every
 * question answered. About 94 kB; a real checklist is far smaller (24 notes of 500 Chinese
 * characters are about 37 kB, of 500 ASCII letters about 13 kB).
 */
export const MAX_JSON_BYTES =
  '{"n":,"a":{},"t":{},"f":{}}'.length +
  jsonText(NAME_MAX) +
  // `"<id>":"y",` for each answer, `"<id>":"<note>",` for each note.
  LINK_QUESTIONS * (LINK_ID_MAX + 7) +
  LINK_QUESTIONS * (LINK_ID_MAX + 4 + jsonText(NOTE_MAX)) +
  FACTS_JSON_MAX;

/**
 * Most bytes deflate can turn `bytes` into. Data it cannot compress goes out as stored blocks:
 * zlib, which Chromium, Firefox, Safari and Node all use for CompressionStream, promises at most
 * n + n/4096 + n/16384 + 7 bytes for raw deflate (deflateBound); this allows more.
 */
export const deflateBound = (bytes: number) => bytes + Math.ceil(bytes / 1000) + 64;
/** base64url without padding: 4 characters for every 3 bytes. */
export const base64Length = (bytes: number) => Math.ceil((bytes * 4) / 3);
/** The fragment of a sealed payload of up to `jsonBytes` of JSON: `<prefix>2.<data>.<checksum>`. */
export const sealedLength = (prefix: string, jsonBytes: number) => prefix.length + '999.'.length + base64Length(deflateBound(jsonBytes)) + '.'.length + 8;

/**
 * Longest fragment we produce or accept: about 126,000 characters, so the fullest checklist
 * the page allows always fits, even of random or non-ASCII text that does not compress. We rely
 * on browsers taking URLs this long: Chromium takes up to 2 MB (2,097,152 characters); a
 * fragment never reaches a server, so no server limit applies. Anything longer is refused as
 * too long before it is read. (It was 1,900 while notes were capped at 100 characters.)
 */
export const MAX_FRAGMENT = sealedLength(SHARE_PREFIX, MAX_JSON_BYTES);

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

/** What the checklist tells a reader whose link could not be opened. Here, not in the page's script, which loads this module only to open a link. */
export const decodeErrorText: Readonly<Record<DecodeError, string>> = {
  'not-a-share-link': 'This link does not hold a checklist.',
  'unknown-version': 'This link was made by a different version of this checklist, so we cannot read it.',
  'too-long': 'This link is too long to be one of ours. It may have been changed.',
  damaged: 'This link is damaged or incomplete. It may have been cut short when it was copied.',
};

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
  limits: { fragment: number; json: number },
): Promise<{ ok: true; version: number; value: unknown } | { ok: false; reason: Exclude<DecodeError, 'not-a-share-link'> }> {
  if (!fragment.startsWith(prefix)) return { ok: false, reason: 'damaged' };
  if (fragment.length > limits.fragment) return { ok: false, reason: 'too-long' };
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
    return { ok: true, version: v, value: await unpack(data, limits.json) };
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
  const opened = await openFragment(fragment, SHARE_PREFIX, { fragment: MAX_FRAGMENT, json: MAX_JSON_BYTES });
  if (!opened.ok) return opened;
  const parsed = payloadSchema.safeParse(opened.value);
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  return { ok: true, shared: fromPayload(parsed.data, itemIds) };
}
