import { describe, expect, it } from 'vitest';
import { checkClaims, MAX_AD_LENGTH } from '@/lib/tools/claims';
import { MAX_ADS_LENGTH, scanJobAds } from '@/lib/tools/job-ads';
import { realClaimRules, realCredentialNames } from './load-real';

const rules = realClaimRules();
const names = realCredentialNames();

/** `unit` repeated to exactly `length` characters. */
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Texts of the full allowed length built to trip a backtracking matcher, and every rule's words repeated. */
const adversarial: Record<string, string> = {
  digits: fill('9', MAX_AD_LENGTH),
  'digits and commas': fill('9,9', MAX_AD_LENGTH),
  spaces: fill(' ', MAX_AD_LENGTH - 1) + 'x',
  'line breaks': fill('\n', MAX_AD_LENGTH - 1) + 'x',
  'a repeated word': fill('guaranteed ', MAX_AD_LENGTH),
  'near misses': fill('guaranteed a good great fine job ', MAX_AD_LENGTH),
  'every rule at once': fill('Only 3 seats left! A guaranteed $90k job, 94% placement, pay nothing until hired, accredited, Pell eligible, no experience needed, life-changing. ', MAX_AD_LENGTH),
  'dollars and percents': fill('$9% ', MAX_AD_LENGTH),
  'apostrophes and pluses': fill("a'a+'+ ", MAX_AD_LENGTH),
  markup: fill('<script>alert(1)</script><b onmouseover=x>', MAX_AD_LENGTH),
};

/** Generous for a slow, shared machine; the benchmark (npm run bench:claims) reports the real time. */
const LIMIT_MS = 1500;

describe('no input makes the matchers slow', () => {
  for (const [name, text] of Object.entries(adversarial)) {
    it(`checks 50,000 characters of ${name} in bounded time`, () => {
      expect(text.length).toBe(MAX_AD_LENGTH);
      const start = performance.now();
      const check = checkClaims(text, rules);
      const ms = performance.now() - start;
      expect(check.status).toBe('checked');
      expect(ms).toBeLessThan(LIMIT_MS);
    });

    it(`scans 50,000 characters of ${name} as job ads in bounded time`, () => {
      const start = performance.now();
      scanJobAds([fill(text, MAX_ADS_LENGTH)], names);
      expect(performance.now() - start).toBeLessThan(LIMIT_MS);
    });
  }
});

describe('each rule on its own words', () => {
  for (const rule of rules.rules) {
    it(`${rule.id}: 50,000 characters of its own words, shuffled into near misses, in bounded time`, () => {
      const words = rule.patterns.flatMap((p) => p.split(/\s+/)).flatMap((e) => e.split('|')).map((w) => w.replace(/[*=]/g, '').replace(/^~\d$/, 'x').replace(/^<(money|percent|number)>$/, '$9%'));
      const text = fill(`${words.join(' ')} ${[...words].reverse().join(' ')} `, MAX_AD_LENGTH);
      const start = performance.now();
      expect(checkClaims(text, rules).status).toBe('checked');
      expect(performance.now() - start).toBeLessThan(LIMIT_MS);
    });
  }
});
