// Times the tools' checks on texts of the largest size they take (50,000 characters): the
// median ms to check a program ad (every rule in content/claim-rules.yaml) and to scan job ads
// (every name in content/credential-names.yaml), on a realistic text and on adversarial ones.
// Target: a median under 50 ms for the program-ad check on a realistic text.
// Usage: npm run bench:claims [-- runs]   (default 30 runs of each text)
import path from 'node:path';
import { loadContent } from '../../lib/content/load';
import { checkClaims, compileClaimRules, MAX_AD_LENGTH } from '../../lib/tools/claims';
import { compileCredentialNames, MAX_ADS_LENGTH, scanJobAds } from '../../lib/tools/job-ads';
import { itSupportAds } from '../../tests/unit/tools/job-ads-fixtures';
import { programAds } from '../../tests/unit/tools/program-ads';
import { median } from './pipeline';

const runs = Number(process.argv[2] ?? 30);
const content = loadContent(path.resolve('content'));
const compileStart = performance.now();
const rules = compileClaimRules(content.claimRules);
const names = compileCredentialNames(content.credentialNames);
const compileMs = performance.now() - compileStart;

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const texts: Record<string, string> = {
  'invented ads, repeated': fill(programAds.map((a) => a.text).join('\n\n'), MAX_AD_LENGTH),
  'job ads, repeated': fill(itSupportAds.join('\n'), MAX_AD_LENGTH),
  'digits': fill('9', MAX_AD_LENGTH),
  'one word repeated': fill('guaranteed ', MAX_AD_LENGTH),
  'every rule at once': fill('Only 3 seats left! A guaranteed $90k job, 94% placement, pay nothing until hired, accredited, Pell eligible. ', MAX_AD_LENGTH),
};

function time(fn: () => unknown): number {
  const times: number[] = [];
  fn(); // warm up
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

console.log(`Compiled ${content.claimRules.rules.length} rules and ${content.credentialNames.credentials.length} credential names in ${compileMs.toFixed(1)} ms.`);
console.log(`Median of ${runs} runs, 50,000 characters each:`);
for (const [name, text] of Object.entries(texts)) {
  const claims = time(() => checkClaims(text, rules));
  const jobs = time(() => scanJobAds([text.slice(0, MAX_ADS_LENGTH)], names));
  console.log(`  ${name.padEnd(24)} program-ad check ${claims.toFixed(1).padStart(6)} ms   job-ads scan ${jobs.toFixed(1).padStart(6)} ms`);
}
