import * as z from 'zod/mini';
import { seal } from './sealed';
import { fromPayload, MAX_JSON_BYTES, openFragment, payloadSchema, sealedLength, SHARE_VERSION, toPayload, type DecodeError, type SharedEvaluation } from './share-link';

/**
 * A comparison travels like a checklist (share-link.ts): `/checklist/compare#compare=2.<data>.<checksum>`,
 * the same sealed form and checksum, holding two or three programs. There was never a version 1.
 */
export const COMPARE_PREFIX = 'compare=';
/** Most programs a comparison shows, and a comparison link holds. */
export const MAX_COMPARED = 3;
/** Most bytes of JSON a comparison can take: `{"p":[…]}` around MAX_COMPARED of the fullest payloads. */
const MAX_COMPARE_JSON_BYTES = '{"p":[]}'.length + MAX_COMPARED * (MAX_JSON_BYTES + 1);
/**
 * Longest comparison link we make or accept: three of the fullest checklists, about 377,000
 * characters, so any comparison the page lets a reader pick fits, notes and all. Chromium takes
 * URLs up to 2 MB (2,097,152 characters); the fragment never reaches a server.
 */
export const MAX_COMPARE_FRAGMENT = sealedLength(COMPARE_PREFIX, MAX_COMPARE_JSON_BYTES);

const compareSchema = z.strictObject({ p: z.array(payloadSchema).check(z.minLength(2), z.maxLength(MAX_COMPARED)) });

export const isCompareFragment = (hash: string) => /^#?\s*compare=/i.test(hash);

export async function encodeCompareFragment(programs: readonly SharedEvaluation[], itemIds: readonly string[]): Promise<{ ok: true; fragment: string } | { ok: false; reason: 'too-long' }> {
  const fragment = `${COMPARE_PREFIX}${await seal(SHARE_VERSION, JSON.stringify({ p: programs.map((e) => toPayload(e, itemIds)) }))}`;
  return fragment.length > MAX_COMPARE_FRAGMENT ? { ok: false, reason: 'too-long' } : { ok: true, fragment };
}

/** Never throws: a changed, cut or oversized link comes back as a reason, as share links do. */
export async function decodeCompareFragment(hash: string, itemIds: readonly string[]): Promise<{ ok: true; programs: SharedEvaluation[] } | { ok: false; reason: DecodeError }> {
  const fragment = hash.replace(/^#/, '');
  if (!isCompareFragment(fragment)) return { ok: false, reason: 'not-a-share-link' };
  const opened = await openFragment(fragment, COMPARE_PREFIX, { fragment: MAX_COMPARE_FRAGMENT, json: MAX_COMPARE_JSON_BYTES });
  if (!opened.ok) return opened;
  const parsed = compareSchema.safeParse(opened.value);
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  return { ok: true, programs: parsed.data.p.map((p) => fromPayload(p, itemIds)) };
}
