import { describe, expect, it } from 'vitest';
import { checkClaims } from '@/lib/tools/claims';
import { realClaimRules } from './load-real';
import { programAds } from './program-ads';

const rules = realClaimRules();

describe('a corpus of invented program ads', () => {
  it('has at least 12 ads', () => expect(programAds.length).toBeGreaterThanOrEqual(12));

  it.each(programAds)('$name: exactly the expected findings and missing items', ({ text, findings, missing }) => {
    const check = checkClaims(text, rules);
    if (check.status !== 'checked') throw new Error(check.status);
    expect(check.findings.map((f) => f.rule.id).sort()).toEqual([...findings].sort());
    expect(check.missing.map((m) => m.id)).toEqual(missing);
  });
});
