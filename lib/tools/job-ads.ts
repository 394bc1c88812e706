import { mustCompile, PatternSet, type CompiledPattern } from './patterns';
import { tokenize, type Token } from './tokens';
import type { GuideRef } from './claims';

/**
 * The job-ads scan (/tools/job-ads): which named credentials a handful of job ads mention, in
 * how many ads, and whether each ad calls it required or preferred; how many ask for a degree
 * and accept experience instead; and the years of experience asked for. Pure, like ./claims.ts.
 */

/** The most text one scan takes, all ads together, and the most ads. */
export const MAX_ADS_LENGTH = 50_000;
export const MAX_ADS = 20;

export const credentialKinds = ['certification', 'license', 'certificate', 'degree'] as const;
export type CredentialKindId = (typeof credentialKinds)[number];

/** A kind of credential, with the page of the guide that explains it. */
export type KindInfo = { id: CredentialKindId; label: string; guide: GuideRef };

/** One named credential, as the scan needs it (from content/credential-names.yaml). */
export type NamedCredential = {
  id: string;
  name: string;
  /** Other names, matched without regard to case. */
  otherNames: string[];
  /** Abbreviations, matched only as written ("RN", not "rn"). */
  abbreviations: string[];
  issuer: string;
  kind: CredentialKindId;
};

export type CredentialNames = { kinds: KindInfo[]; credentials: NamedCredential[] };

export type Requirement = 'required' | 'preferred' | 'unstated';

export type CredentialRow = {
  credential: NamedCredential;
  kind: KindInfo;
  /** Ads that mention it, and of those, how many call it required, preferred or neither. */
  ads: number;
  required: number;
  preferred: number;
  unstated: number;
};

export type JobAdsScan =
  | { status: 'empty' }
  | { status: 'too-long'; length: number }
  | { status: 'too-many'; count: number }
  | {
      status: 'scanned';
      adCount: number;
      /** Named credentials other than degrees, most-mentioned first. */
      credentials: CredentialRow[];
      /** Ads that mention no named credential. */
      adsWithNone: number;
      degrees: {
        /** Ads that ask for a degree of any level (or name none). */
        ads: number;
        levels: CredentialRow[];
        /** Of those, ads that accept experience instead ("or equivalent experience"). */
        experienceInstead: number;
      };
      /** The fewest years of experience each ad asks for, for the ads that say. */
      experienceYears: number[];
    };

/** A line of three or more dashes (and nothing else) separates ads pasted together. */
function isSeparator(line: string): boolean {
  const t = line.trim();
  if (t.length < 3) return false;
  for (const ch of t) if (ch !== '-' && ch !== '\u2013' && ch !== '\u2014') return false;
  return true;
}

/** Every ad in the boxes, each box split at separator lines; empty pieces are dropped. */
export function splitAds(boxes: readonly string[]): string[] {
  const ads: string[] = [];
  for (const box of boxes) {
    let current: string[] = [];
    for (const line of box.split(/\r\n|\r|\n/)) {
      if (isSeparator(line)) {
        ads.push(current.join('\n'));
        current = [];
      } else current.push(line);
    }
    ads.push(current.join('\n'));
  }
  return ads.filter((a) => a.trim() !== '');
}

const REQUIRED_WORDS = new Set(['required', 'require', 'requires', 'requirement', 'requirements', 'must', 'mandatory', 'minimum', 'essential', 'need', 'needed', 'basic']);
const PREFERRED_WORDS = new Set(['preferred', 'prefer', 'plus', 'bonus', 'desired', 'desirable', 'ideal', 'ideally', 'nice', 'advantage', 'advantageous', 'optional', 'asset']);

const wordStatus = (t: Token): Requirement | undefined => (PREFERRED_WORDS.has(t.text) ? 'preferred' : REQUIRED_WORDS.has(t.text) ? 'required' : undefined);

/** Phrases near a degree that accept experience in its place. */
const EXPERIENCE_INSTEAD = ['or equivalent', 'equivalent experience', 'equivalent combination', 'in lieu', 'or ~5 experience|work'];
/** Years of experience: "3+ years of experience", "2-4 years' experience", "experience: 5 years". */
const YEARS = ['<number> ~2 year|years|yr|yrs ~3 experience|exp', 'experience ~3 <number> ~2 year|years|yr|yrs'];
const GENERIC_DEGREE = ['degree|degrees'];

export type CompiledCredentialNames = ReturnType<typeof compileCredentialNames>;

/** A name as a pattern: each of its words must appear in a row. */
const namePattern = (name: string, caseSensitive: boolean): CompiledPattern | undefined => {
  const words = tokenize(name).map((t) => (caseSensitive ? `=${t.raw}` : t.text));
  return words.length ? mustCompile(words.join(' ')) : undefined;
};

export function compileCredentialNames({ kinds, credentials }: CredentialNames) {
  const entries: { key: number; pattern: CompiledPattern; length: number }[] = [];
  credentials.forEach((c, i) => {
    for (const name of [c.name, ...c.otherNames]) {
      const pattern = namePattern(name, false);
      if (pattern) entries.push({ key: i, pattern, length: pattern.elements.length });
    }
    for (const abbr of c.abbreviations) {
      const pattern = namePattern(abbr, true);
      if (pattern) entries.push({ key: i, pattern, length: pattern.elements.length });
    }
  });
  const set = (patterns: string[]) => new PatternSet(patterns.map((p) => ({ key: 0, pattern: mustCompile(p) })));
  return {
    kinds: new Map(kinds.map((k) => [k.id, k])),
    credentials,
    names: new PatternSet(entries),
    instead: set(EXPERIENCE_INSTEAD),
    years: set(YEARS),
    genericDegree: set(GENERIC_DEGREE),
  };
}

/** Clauses: a new one at each line break, semicolon or bullet. Returns each token's clause and line. */
function clausesOf(text: string, tokens: Token[]) {
  const clause: number[] = [];
  const line: number[] = [];
  let c = 0;
  let l = 0;
  let at = 0;
  for (const t of tokens) {
    for (let i = at; i < t.start; i++) {
      const ch = text[i];
      if (ch === '\n') {
        c++;
        l++;
      } else if (ch === ';' || ch === '\u2022' || ch === '.') c++;
    }
    at = t.start;
    clause.push(c);
    line.push(l);
  }
  return { clause, line };
}

/** A short line with a status word reads as a heading for the lines under it ("Requirements:", "Nice to have"). */
function headingStatus(lineTokens: Token[]): Requirement | undefined {
  if (lineTokens.length === 0 || lineTokens.length > 4) return undefined;
  for (const t of lineTokens) {
    const s = wordStatus(t);
    if (s) return s;
  }
  return undefined;
}

type AdScan = {
  credentials: Map<number, Requirement>;
  degree: boolean;
  experienceInstead: boolean;
  years?: number;
};

function scanAd(text: string, c: CompiledCredentialNames): AdScan {
  const tokens = tokenize(text);
  const { clause, line } = clausesOf(text, tokens);
  // The status each line's heading sets, carried down to the lines under it.
  const lineCount = (line[line.length - 1] ?? 0) + 1;
  const byLine: Token[][] = Array.from({ length: lineCount }, () => []);
  tokens.forEach((t, i) => byLine[line[i] as number]?.push(t));
  const section: (Requirement | undefined)[] = [];
  const rawLines = text.split('\n');
  // "Requirements: …" labels its own line.
  const lineLabel = byLine.map((lt) => {
    const first = lt[0];
    const status = first ? wordStatus(first) : undefined;
    return status && text.slice((first as Token).end, (first as Token).end + 3).trimStart().startsWith(':') ? status : undefined;
  });
  let current: Requirement | undefined;
  for (let l = 0; l < lineCount; l++) {
    const h = headingStatus(byLine[l] ?? []);
    // A line ending in a colon starts a new section even without a status word ("Qualifications:").
    const isHeading = h !== undefined || (rawLines[l] ?? '').trimEnd().endsWith(':');
    if (isHeading) current = h;
    section.push(current);
  }
  const statusAt = (from: number, to: number): Requirement => {
    const cl = clause[from];
    let best: { distance: number; status: Requirement } | undefined;
    for (let t = from - 1; t >= 0 && clause[t] === cl; t--) {
      const s = wordStatus(tokens[t] as Token);
      if (s) {
        best = { distance: from - t, status: s };
        break;
      }
    }
    for (let t = to + 1; t < tokens.length && clause[t] === cl; t++) {
      const s = wordStatus(tokens[t] as Token);
      if (s) {
        if (!best || t - to < best.distance) best = { distance: t - to, status: s };
        break;
      }
    }
    return best?.status ?? lineLabel[line[from] as number] ?? section[line[from] as number] ?? 'unstated';
  };

  // Longest names first; a token counts for one credential only.
  const matches = c.names.matches(tokens).sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Uint8Array(tokens.length);
  const credentials = new Map<number, Requirement>();
  const degreeLines = new Set<number>();
  for (const m of matches) {
    let free = true;
    for (let t = m.from; t <= m.to; t++) if (taken[t]) free = false;
    if (!free) continue;
    taken.fill(1, m.from, m.to + 1);
    const status = statusAt(m.from, m.to);
    const before = credentials.get(m.key);
    const order: Requirement[] = ['required', 'preferred', 'unstated'];
    if (!before || order.indexOf(status) < order.indexOf(before)) credentials.set(m.key, status);
    if (c.credentials[m.key]?.kind === 'degree') degreeLines.add(line[m.from] as number);
  }
  for (const m of c.genericDegree.matches(tokens)) if (!taken[m.from]) degreeLines.add(line[m.from] as number);
  const experienceInstead = c.instead.matches(tokens).some((m) => degreeLines.has(line[m.from] as number));
  const years = c.years
    .matches(tokens)
    .map((m) => tokens.slice(m.from, m.to + 1).find((t) => t.value !== undefined)?.value)
    .filter((v): v is number => v !== undefined && v > 0 && v <= 40);
  return { credentials, degree: degreeLines.size > 0, experienceInstead, ...(years.length ? { years: Math.min(...years) } : {}) };
}

export function scanJobAds(boxes: readonly string[], c: CompiledCredentialNames): JobAdsScan {
  const length = boxes.reduce((n, b) => n + b.length, 0);
  if (length > MAX_ADS_LENGTH) return { status: 'too-long', length };
  const ads = splitAds(boxes);
  if (ads.length === 0) return { status: 'empty' };
  if (ads.length > MAX_ADS) return { status: 'too-many', count: ads.length };
  const scans = ads.map((ad) => scanAd(ad, c));
  const rows = new Map<number, CredentialRow>();
  for (const s of scans) {
    for (const [i, status] of s.credentials) {
      const credential = c.credentials[i] as NamedCredential;
      const kind = c.kinds.get(credential.kind) as KindInfo;
      const row = rows.get(i) ?? { credential, kind, ads: 0, required: 0, preferred: 0, unstated: 0 };
      row.ads++;
      row[status]++;
      rows.set(i, row);
    }
  }
  const sorted = [...rows.values()].sort((a, b) => b.ads - a.ads || b.required - a.required || a.credential.name.localeCompare(b.credential.name, 'en-US'));
  const degreeAds = scans.filter((s) => s.degree);
  return {
    status: 'scanned',
    adCount: ads.length,
    credentials: sorted.filter((r) => r.credential.kind !== 'degree'),
    adsWithNone: scans.filter((s) => ![...s.credentials.keys()].some((i) => c.credentials[i]?.kind !== 'degree')).length,
    degrees: {
      ads: degreeAds.length,
      levels: sorted.filter((r) => r.credential.kind === 'degree'),
      experienceInstead: degreeAds.filter((s) => s.experienceInstead).length,
    },
    experienceYears: scans.map((s) => s.years).filter((y): y is number => y !== undefined),
  };
}

/** "2 of those 4 accept experience instead", or "It accepts…" when one ad mentions a degree. */
export const experienceInsteadText = (k: number, of: number) =>
  of === 1 ? 'It accepts experience instead.' : `${k} of those ${of} ${k === 1 ? 'accepts' : 'accept'} experience instead.`;

const adsWord = (n: number) => (n === 1 ? 'ad' : 'ads');

/** The plain reading under the table: counts only, in the guide's voice, never a verdict. */
export function readingOf(scan: Extract<JobAdsScan, { status: 'scanned' }>): string[] {
  const n = scan.adCount;
  const lines: string[] = [];
  const top = scan.credentials[0];
  if (!top) lines.push(`None of the ${n} ${adsWord(n)} names a credential from our list.`);
  else {
    const most = scan.credentials.filter((r) => r.ads === top.ads);
    const names = most.map((r) => r.credential.name);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
    lines.push(`${top.ads} of ${n} ${adsWord(n)} ask for ${list}${most.length > 1 ? ' each' : ''}. No other credential on our list comes up more often.`);
    for (const r of most) {
      if (r.required === r.ads && r.ads > 1) lines.push(`All ${r.ads} ads that name ${r.credential.name} call it required.`);
      else if (r.required && r.ads === 1) lines.push(`The ad that names ${r.credential.name} calls it required.`);
      else if (r.required) lines.push(`${r.required} of the ${r.ads} ads that name ${r.credential.name} call it required.`);
    }
  }
  if (scan.degrees.ads === 0) lines.push(`None of the ${n} ${adsWord(n)} mentions a degree.`);
  else {
    lines.push(`${scan.degrees.ads} of ${n} ${adsWord(n)} mention a degree.`);
    const k = scan.degrees.experienceInstead;
    if (k) lines.push(experienceInsteadText(k, scan.degrees.ads));
  }
  const years = scan.experienceYears;
  if (years.length) {
    const low = Math.min(...years);
    const high = Math.max(...years);
    lines.push(`${years.length} of ${n} ${adsWord(n)} ask for years of experience: ${low === high ? `${low}` : `from ${low} to ${high}`} ${high === 1 ? 'year' : 'years'}.`);
  }
  if (n < 3) lines.push('With so few ads, these counts tell you little. Add more ads for the same job if you can.');
  return lines;
}
