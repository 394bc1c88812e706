import { describe, expect, it } from 'vitest';
import { decodeCompareFragment, encodeCompareFragment } from '@/lib/checklist/compare-link';
import type { SharedEvaluation } from '@/lib/checklist/share-link';
import { getChecklist } from '@/lib/content';

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
});
