import { describe, expect, it } from 'vitest';
import { MAX_ADS, MAX_ADS_LENGTH, readingOf, scanJobAds, splitAds, type JobAdsScan } from '@/lib/tools/job-ads';
import { itSupportAds, itSupportCounts, itSupportDegrees, itSupportYears } from './job-ads-fixtures';
import { realCredentialNames, realContent } from './load-real';

const names = realCredentialNames();

function scanned(boxes: string[]): Extract<JobAdsScan, { status: 'scanned' }> {
  const scan = scanJobAds(boxes, names);
  if (scan.status !== 'scanned') throw new Error(`not scanned: ${scan.status}`);
  return scan;
}

const counts = (scan: Extract<JobAdsScan, { status: 'scanned' }>) =>
  Object.fromEntries(scan.credentials.map((r) => [r.credential.name, [r.ads, r.required, r.preferred, r.unstated]]));

describe('the credential list', () => {
  it('has at least 60 credentials across IT, health care, trades, business and logistics, and every kind', () => {
    const { credentials, kinds } = realContent().credentialNames;
    expect(credentials.length).toBeGreaterThanOrEqual(60);
    expect(new Set(credentials.map((c) => c.kind))).toEqual(new Set(['certification', 'license', 'certificate', 'degree']));
    expect(kinds.map((k) => k.id).sort()).toEqual(['certificate', 'certification', 'degree', 'license']);
  });
});

describe('five IT support ads', () => {
  for (const [how, boxes] of [
    ['one box each', itSupportAds],
    ['all in one box, separated by dashes', [itSupportAds.join('\n\n-----\n\n')]],
  ] as const) {
    it(`counts each named credential, pasted ${how}`, () => {
      const scan = scanned([...boxes]);
      expect(scan.adCount).toBe(5);
      expect(counts(scan)).toEqual(itSupportCounts);
    });
  }

  it('counts the ads that ask for a degree, each level, and those that accept experience instead', () => {
    const { degrees } = scanned(itSupportAds);
    expect(degrees.ads).toBe(itSupportDegrees.ads);
    expect(degrees.experienceInstead).toBe(itSupportDegrees.experienceInstead);
    expect(Object.fromEntries(degrees.levels.map((l) => [l.credential.name, l.ads]))).toEqual(itSupportDegrees.levels);
  });

  it('finds the fewest years of experience each ad asks for', () => {
    expect([...scanned(itSupportAds).experienceYears].sort((a, b) => a - b)).toEqual(itSupportYears);
  });

  it('reads the counts in plain words, without a verdict', () => {
    expect(readingOf(scanned(itSupportAds))).toEqual([
      '4 of 5 ads ask for CompTIA A+. No other credential on our list comes up more often.',
      'All 4 ads that name CompTIA A+ call it required.',
      '4 of 5 ads mention a degree.',
      '2 of those 4 accept experience instead.',
      '5 of 5 ads ask for years of experience: from 1 to 3 years.',
    ]);
  });
});

describe('other fields', () => {
  const ads = [
    `Registered Nurse, Med-Surg (Hillcrest Hospital)
Required: active RN license in this state and BLS certification.
ACLS preferred. BSN preferred; ADN considered.
2 years of acute care experience.`,
    `Registered nurse – home health
Must hold a current registered nurse license. BLS required.
Bachelor of Science in Nursing preferred.`,
    `CDL-A Driver, regional routes
Class A CDL and a clean driving record required. Hazmat endorsement a plus.
Minimum 1 year of experience. Forklift certification preferred.`,
  ];

  it('counts licenses and certifications in health care and logistics ads', () => {
    expect(counts(scanned(ads))).toEqual({
      'Registered nurse license': [2, 2, 0, 0],
      'Basic Life Support certification': [2, 2, 0, 0],
      'Advanced Cardiovascular Life Support': [1, 0, 1, 0],
      "Commercial driver's license": [1, 1, 0, 0],
      'Hazmat endorsement': [1, 0, 1, 0],
      'Forklift certification': [1, 0, 1, 0],
    });
    const { degrees } = scanned(ads);
    expect(degrees.ads).toBe(2);
    expect(degrees.levels.map((l) => [l.credential.name, l.ads, l.preferred])).toEqual([['Bachelor of Science in Nursing', 2, 2]]);
  });

  it('matches abbreviations only as written: "RN" but not "rn"', () => {
    expect(counts(scanned(['RN needed']))).toHaveProperty(['Registered nurse license']);
    expect(counts(scanned(['turn the rn off']))).toEqual({});
  });

  it('says when there are few ads, and when none names a credential', () => {
    const reading = readingOf(scanned(['Friendly cashier wanted. No experience needed.']));
    expect(reading).toContain('None of the 1 ad names a credential from our list.');
    expect(reading).toContain('With so few ads, these counts tell you little. Add more ads for the same job if you can.');
  });
});

describe('input', () => {
  it('splits boxes at lines of three or more dashes and drops empty pieces', () => {
    expect(splitAds(['one\n---\ntwo', '', '  \n', 'three\n—————\n\n--\nfour'])).toEqual(['one', 'two', 'three', '\n--\nfour']);
  });

  it('says when the boxes are empty, too long or hold too many ads', () => {
    expect(scanJobAds(['', '  '], names).status).toBe('empty');
    expect(scanJobAds(['x'.repeat(MAX_ADS_LENGTH + 1)], names).status).toBe('too-long');
    expect(scanJobAds([Array.from({ length: MAX_ADS + 1 }, (_, i) => `ad ${i}`).join('\n---\n')], names)).toEqual({ status: 'too-many', count: MAX_ADS + 1 });
  });
});
