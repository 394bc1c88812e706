import { z } from 'zod';
import { compilePattern } from '../tools/patterns';
import { severities, type ClaimRules, type GuideRef, type SourceRef } from '../tools/claims';
import { readYamlData, type Problems, type YamlData } from './collect';
import { guidePath, slug, text } from './fields';
import type { LinkChecker } from './links';
import type { Source } from './sources';

/** A pattern in the tools' small language (lib/tools/patterns.ts, docs/tools.md); checked here. */
export const toolPattern = z.string().trim().superRefine((value, ctx) => {
  const compiled = compilePattern(value);
  if ('error' in compiled) ctx.addIssue({ code: 'custom', message: `pattern "${value}": ${compiled.error}` });
});

/** Text that cites at least one source with `{cite:id}`. */
const citedText = text(20, 500).refine((v) => /\{cite:[a-z0-9-]+\}/.test(v), { error: 'must cite a source with {cite:id}' });

const common = {
  /** Stable id, lowercase words joined by hyphens. */
  id: slug,
  /** What it is, in a few words: "A guaranteed job or interview". */
  label: text(3, 80),
  /** The phrases or patterns that show it (lib/tools/patterns.ts): `guarantee* ~3 job|jobs`. */
  patterns: z.array(toolPattern).min(1, { error: 'needs at least one pattern' }),
  /** Why it matters, in one or two plain sentences, citing its source: `…{cite:ftc-for-profit-2021}`. */
  why: citedText,
  /** The question to ask the provider, as the reader would send it. */
  ask: text(10, 300),
  /** The guide section that explains it: `/guides/red-flags#red-flag-3-...`. Checked. */
  guide: guidePath,
};

/** A claim an ad makes that the reader should question. */
const claimRuleSchema = z.strictObject({
  ...common,
  /** How serious it is: `serious`, `warning` or `check`. */
  severity: z.enum(severities),
  /** Patterns that, found anywhere in the ad, mean this rule does not apply (a named accreditor). */
  unless: z.array(toolPattern).default([]),
  /** Words that cancel a match right before it: "not", "never" (so "we cannot guarantee a job" is not flagged). */
  notAfter: z.array(text(1, 20)).default([]),
});

/** Something an honest ad says; the result lists it as missing when the ad does not. */
const expectedItemSchema = z.strictObject(common);

export const claimRulesFileSchema = z.strictObject({
  /** The claims to flag, in any order (the result sorts them by severity). */
  rules: z.array(claimRuleSchema).min(1),
  /** What the reader should expect to find, in the order the result lists what is missing. */
  expected: z.array(expectedItemSchema).min(1),
});

export type ClaimRulesFile = z.infer<typeof claimRulesFileSchema>;

export const readClaimRules = (contentDir: string, problems: Problems) => readYamlData(contentDir, 'claim-rules.yaml', claimRulesFileSchema, problems);

const CITE = /\{cite:([a-z0-9-]+)\}/g;

/** A source as the tools show it. */
export const sourceRef = (s: Source): SourceRef => ({
  id: s.id,
  title: s.title,
  publisher: s.publisher,
  ...(s.date ? { date: s.date } : {}),
  ...(s.url ? { url: s.url } : {}),
});

/**
 * Checks claim-rules.yaml: unique ids across both lists, every `{cite:…}` naming a known
 * source, every guide link resolving. Returns the rules as the tools use them (citations
 * resolved, guide links named), or nothing if anything was wrong.
 */
export function checkClaimRules(data: YamlData<ClaimRulesFile>, sourcesById: ReadonlyMap<string, Source>, links: LinkChecker, problems: Problems): ClaimRules | undefined {
  if (!data.data) return undefined;
  const before = problems.list.length;
  const at = (path: PropertyKey[]) => data.yaml?.lineOf(path);
  const ids = new Map<string, string>();
  const resolve = (list: 'rules' | 'expected', i: number, entry: { id: string; why: string; guide: string }) => {
    const where = (field: string) => `${list}[${i}](${entry.id}).${field}`;
    const other = ids.get(entry.id);
    if (other) problems.add(data.file, where('id'), `duplicate id "${entry.id}" (also in ${other})`, at([list, i, 'id']));
    ids.set(entry.id, list);
    const sources: SourceRef[] = [];
    for (const [, id = ''] of entry.why.matchAll(CITE)) {
      const source = sourcesById.get(id);
      if (!source) problems.add(data.file, where('why'), `cites "${id}", which is not in content/sources.yaml`, at([list, i, 'why']));
      else if (!sources.some((s) => s.id === id)) sources.push(sourceRef(source));
    }
    const problem = links.check(entry.guide);
    if (problem) problems.add(data.file, where('guide'), problem, at([list, i, 'guide']));
    const guide: GuideRef = { href: entry.guide, label: links.text(entry.guide) ?? entry.guide };
    const why = entry.why.replace(/\s*\{cite:[a-z0-9-]+\}/g, '').trim();
    return { why, sources, guide };
  };
  const rules = data.data.rules.map((r, i) => ({ ...r, ...resolve('rules', i, r) }));
  const expected = data.data.expected.map((e, i) => ({ ...e, ...resolve('expected', i, e) }));
  return problems.list.length > before ? undefined : { rules, expected };
}
