import { mustCompile, PatternSet } from './patterns';
import { tokenize, type Token } from './tokens';

/**
 * The program-ad claims checker (/tools/program-claims): which of the rules in
 * content/claim-rules.yaml an ad sets off, where, and which things a reader should expect that
 * it never mentions. Pure: the browser island and the server's no-JavaScript answer run the
 * same code on the same rules.
 */

/** The most text one check takes; the page says so. */
export const MAX_AD_LENGTH = 50_000;

export const severities = ['serious', 'warning', 'check'] as const;
export type Severity = (typeof severities)[number];

export const severityLabel: Record<Severity, string> = {
  serious: 'Serious warning',
  warning: 'Warning',
  check: 'Worth checking',
};

/** A source as the tools show it under a finding. */
export type SourceRef = { id: string; title: string; publisher: string; date?: string; url?: string };

/** A guide link, with the heading it points at as its text. */
export type GuideRef = { href: string; label: string };

/** One rule, as the check and the page need it (built from the content file by lib/content/claim-rules.ts). */
export type ClaimRule = {
  id: string;
  label: string;
  severity: Severity;
  patterns: string[];
  /** If any of these matches anywhere in the ad, the rule does not apply (the ad already answers it). */
  unless: string[];
  /** A match right after one of these words ("not guaranteed") does not count. */
  notAfter: string[];
  /** Why it matters, with the citation marks taken out; the sources come separately. */
  why: string;
  sources: SourceRef[];
  ask: string;
  guide: GuideRef;
};

/** Something an honest ad says, and the reader should look for when it does not. */
export type ExpectedItem = {
  id: string;
  label: string;
  patterns: string[];
  why: string;
  sources: SourceRef[];
  ask: string;
  guide: GuideRef;
};

export type ClaimRules = { rules: ClaimRule[]; expected: ExpectedItem[] };

export type Finding = {
  rule: ClaimRule;
  /** Each distinct phrase it matched, as written (spaces and line breaks made single spaces). */
  phrases: string[];
};

/** The reader's text in pieces, each marked or not. */
export type Segment = { text: string; marked: boolean };

export type ClaimsCheck =
  | { status: 'empty' }
  | { status: 'too-long'; length: number }
  | { status: 'checked'; findings: Finding[]; missing: ExpectedItem[]; segments: Segment[] };

/** How many tokens before a match `notAfter` looks at. */
const NOT_AFTER_WINDOW = 3;

export type CompiledClaimRules = ReturnType<typeof compileClaimRules>;

/** Compiles every pattern once; the island does this once per page, the server once per process. */
export function compileClaimRules({ rules, expected }: ClaimRules) {
  const entries = <K>(key: K, patterns: string[]) => patterns.map((p) => ({ key, pattern: mustCompile(p) }));
  return {
    rules,
    expected,
    ruleSet: new PatternSet(rules.flatMap((r, i) => entries(i, r.patterns))),
    unlessSet: new PatternSet(rules.flatMap((r, i) => entries(i, r.unless))),
    expectedSet: new PatternSet(expected.flatMap((e, i) => entries(i, e.patterns))),
    notAfter: rules.map((r) => new Set(r.notAfter.map((w) => tokenize(w)[0]?.text ?? w))),
  };
}

/** The distinct phrases of a rule's matches, in text order; a match inside another is left out. */
function phrasesOf(text: string, spans: [number, number][]): string[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const phrases = new Map<string, string>();
  let reach = -1;
  for (const [s, e] of sorted) {
    if (e <= reach) continue;
    reach = e;
    const phrase = text.slice(s, e).replace(/\s+/g, ' ');
    if (!phrases.has(phrase.toLowerCase())) phrases.set(phrase.toLowerCase(), phrase);
  }
  return [...phrases.values()];
}

/** Marked and unmarked pieces of `text`; overlapping ranges are joined. */
export function segmentsOf(text: string, ranges: [number, number][]): Segment[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), marked: false });
    const last = segments[segments.length - 1];
    if (last?.marked && from === at) last.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

export function checkClaims(text: string, compiled: CompiledClaimRules): ClaimsCheck {
  if (text.trim() === '') return { status: 'empty' };
  if (text.length > MAX_AD_LENGTH) return { status: 'too-long', length: text.length };
  const tokens = tokenize(text);
  const suppressed = new Set(compiled.unlessSet.matches(tokens).map((m) => m.key));
  const byRule = new Map<number, { spans: [number, number][]; first: number }>();
  const ranges: [number, number][] = [];
  for (const m of compiled.ruleSet.matches(tokens)) {
    if (suppressed.has(m.key)) continue;
    const notAfter = compiled.notAfter[m.key];
    if (notAfter?.size) {
      let negated = false;
      for (let t = Math.max(0, m.from - NOT_AFTER_WINDOW); t < m.from; t++) if (notAfter.has((tokens[t] as Token).text)) negated = true;
      if (negated) continue;
    }
    const span: [number, number] = [(tokens[m.from] as Token).start, (tokens[m.to] as Token).end];
    const entry = byRule.get(m.key) ?? { spans: [], first: span[0] };
    entry.spans.push(span);
    entry.first = Math.min(entry.first, span[0]);
    byRule.set(m.key, entry);
    ranges.push(span);
  }
  const rank = (s: Severity) => severities.indexOf(s);
  const findings = [...byRule.entries()]
    .map(([i, e]) => ({ rule: compiled.rules[i] as ClaimRule, phrases: phrasesOf(text, e.spans), first: e.first }))
    .sort((a, b) => rank(a.rule.severity) - rank(b.rule.severity) || a.first - b.first)
    .map(({ rule, phrases }) => ({ rule, phrases }));
  const found = new Set(compiled.expectedSet.matches(tokens).map((m) => m.key));
  const missing = compiled.expected.filter((_, i) => !found.has(i));
  return { status: 'checked', findings, missing, segments: segmentsOf(text, ranges) };
}

/** The questions to send the provider, as plain text: one for each finding, then each thing missing. */
export function questionsText(check: Extract<ClaimsCheck, { status: 'checked' }>): string {
  const questions = [...check.findings.map((f) => f.rule.ask), ...check.missing.map((m) => m.ask)];
  if (questions.length === 0) return '';
  return ['Questions about your program:', '', ...questions.map((q, i) => `${i + 1}. ${q}`)].join('\n');
}
