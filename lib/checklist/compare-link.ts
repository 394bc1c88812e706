import * as z from 'zod/mini';
import { seal } from './sealed';
import { fromPayload, openFragment, payloadSchema, SHARE_VERSION, toPayload, type DecodeError, type SharedEvaluation } from './share-link';

/**
 * A comparison travels like a checklist (share-link.ts): `/checklist/compare#compare=2.<data>.<checksum>`,
 * the same sealed form and checksum, holding two or three programs. There was never a version 1.
 */
export const COMPARE_PREFIX = 'compare=';
/** Longest comparison link we make or accept: three programs' worth of share links. */
export const MAX_COMPARE_FRAGMENT = 5700;

const compareSchema = z.strictObject({ p: z.array(payloadSchema).check(z.minLength(2), z.maxLength(3)) });

export const isCompareFragment = (hash: string) => /^#?\s*compare=/i.test(hash);

export async function encodeCompareFragment(programs: readonly SharedEvaluation[], itemIds: readonly string[]): Promise<{ ok: true; fragment: string } | { ok: false; reason: 'too-long' }> {
  const fragment = `${COMPARE_PREFIX}${await seal(SHARE_VERSION, JSON.stringify({ p: programs.map((e) => toPayload(e, itemIds)) }))}`;
  return fragment.length > MAX_COMPARE_FRAGMENT ? { ok: false, reason: 'too-long' } : { ok: true, fragment };
}

/** Never throws: a changed, cut or oversized link comes back as a reason, as share links do. */
export async function decodeCompareFragment(hash: string, itemIds: readonly string[]): Promise<{ ok: true; programs: SharedEvaluation[] } | { ok: false; reason: DecodeError }> {
  const fragment = hash.replace(/^#/, '');
  if (!isCompareFragment(fragment)) return { ok: false, reason: 'not-a-share-link' };
  const opened = await openFragment(fragment, COMPARE_PREFIX, MAX_COMPARE_FRAGMENT);
  if (!opened.ok) return opened;
  const parsed = compareSchema.safeParse(opened.value);
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  return { ok: true, programs: parsed.data.p.map((p) => fromPayload(p, itemIds)) };
}
