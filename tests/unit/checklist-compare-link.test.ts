import { describe, expect, it } from 'vitest';
import { decodeCompareFragment, encodeCompareFragment, MAX_COMPARE_FRAGMENT, MAX_COMPARED } from '@/lib/checklist/compare-link';
import { LINK_ID_MAX, LINK_QUESTIONS, MAX_FRAGMENT, type SharedEvaluation } from '@/lib/checklist/share-link';
import { getChecklist } from '@/lib/content';
import { fullyNoted } from './helpers/full-checklist';

const itemIds = getChecklist().sections.flatMap((s) => s.items.map((i) => i.id));
const programs: SharedEvaluation[] = [
  { name: 'Acme boot camp', answers: { 'job-named': 'yes', 'big-promises': 'yes' }, notes: { 'job-named': 'Web developer' }, facts: { price: 9000, weeks: 12 } },
  { name: 'County college certificate', answers: { 'job-named': 'no' }, notes: {} },
];

describe('comparison links', () => {
  it('carry two or three programs and bring them back', async () => {
    const result = await encodeCompareFragment(programs, itemIds);
    if (!result.ok) throw new Error('no link');
    expect(result.fragment).toMatch(/^compare=2\.[\w-]+\.[0-9a-f]{8}$/);
    expect(await decodeCompareFragment(`#${result.fragment}`, itemIds)).toEqual({ ok: true, programs });
  });

  it('never open a link changed by one character as a different comparison', async () => {
    const result = await encodeCompareFragment(programs, itemIds);
    if (!result.ok) throw new Error('no link');
    const { fragment } = result;
    const chars = [...'ABCabc019-_.=%'];
    for (let at = 0; at < fragment.length; at++) {
      for (const c of chars) {
        if (c === fragment[at]) continue;
        const decoded = await decodeCompareFragment(`${fragment.slice(0, at)}${c}${fragment.slice(at + 1)}`, itemIds);
        if (decoded.ok) expect(decoded.programs, `${at}:${c}`).toEqual(programs);
      }
    }
  });

  it('refuse a comparison of one program, a share link, and version 1', async () => {
    expect(await decodeCompareFragment('#share=2.abc.00000000', itemIds)).toEqual({ ok: false, reason: 'not-a-share-link' });
    expect(await decodeCompareFragment('#compare=1.q1YqzStRsgJi', itemIds)).toEqual({ ok: false, reason: 'unknown-version' });
    const one = await encodeCompareFragment([programs[0]!], itemIds);
    if (!one.ok) throw new Error('no link');
    expect(await decodeCompareFragment(one.fragment, itemIds)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('carry the most programs a comparison holds, each noted to the limit, and bring them back exactly', async () => {
    expect(MAX_COMPARED).toBe(3);
    const full = [fullyNoted('Chinese', itemIds, 1), fullyNoted('random ASCII', itemIds, 2), fullyNoted('emoji', itemIds, 3)];
    const result = await encodeCompareFragment(full, itemIds);
    if (!result.ok) throw new Error('no link');
    expect(result.fragment.length).toBeLessThanOrEqual(MAX_COMPARE_FRAGMENT);
    expect(result.fragment.length).toBeGreaterThan(20_000);
    expect(await decodeCompareFragment(`#${result.fragment}`, itemIds)).toEqual({ ok: true, programs: full });
  });

  it('have room for three of the fullest checklists the page allows, in text that compresses least', async () => {
    const ids = Array.from({ length: LINK_QUESTIONS }, (_, i) => `${i}`.padStart(LINK_ID_MAX, 'q'));
    const full = [1, 2, 3].map((seed) => fullyNoted('control characters and lone surrogates', ids, seed));
    const result = await encodeCompareFragment(full, ids);
    if (!result.ok) throw new Error('no link');
    expect(await decodeCompareFragment(result.fragment, ids)).toEqual({ ok: true, programs: full });
    expect(MAX_COMPARE_FRAGMENT).toBeGreaterThan(3 * (MAX_FRAGMENT - 100));
    // Chromium takes URLs up to 2 MB.
    expect(MAX_COMPARE_FRAGMENT).toBeLessThan(2 * 1024 * 1024 - 1000);
  });

  it('refuse a link longer than the limit as too long', async () => {
    expect(await decodeCompareFragment(`#compare=2.${'A'.repeat(MAX_COMPARE_FRAGMENT)}.00000000`, itemIds)).toEqual({ ok: false, reason: 'too-long' });
  });
});
