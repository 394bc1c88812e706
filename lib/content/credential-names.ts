import { z } from 'zod';
import { MAX_ELEMENTS } from '../tools/patterns';
import { credentialKinds, type CredentialNames } from '../tools/job-ads';
import { tokenize } from '../tools/tokens';
import { readYamlData, type Problems, type YamlData } from './collect';
import { guidePath, slug, text } from './fields';
import type { LinkChecker } from './links';

export const credentialFields = ['it', 'health-care', 'trades', 'business', 'logistics', 'general'] as const;

/** A name as job ads write it: one to eight words, so it can be matched as a phrase. */
const name = text(1, 80).refine((v) => {
  const n = tokenize(v).length;
  return n >= 1 && n <= MAX_ELEMENTS;
}, { error: `must be 1 to ${MAX_ELEMENTS} words or numbers` });

/** A kind of credential, and the part of the guide that explains it. */
const kindSchema = z.strictObject({
  /** One of `certification`, `license`, `certificate`, `degree` (a degree level). */
  id: z.enum(credentialKinds),
  /** As the table shows it: "Certification". */
  label: text(3, 40),
  /** Where the guide explains this kind: `/credentials/industry-certification`. Checked. */
  guide: guidePath,
  /** The link's text, for links that are not to an article heading (those use the heading). */
  guideText: text(3, 120).optional(),
});

/** One named credential in `content/credential-names.yaml`. */
const namedCredentialSchema = z.strictObject({
  /** Stable id, lowercase words joined by hyphens. */
  id: slug,
  /** Its usual full name: "CompTIA A+", "Registered nurse (RN) license". */
  name,
  /** Other names and spellings job ads use, matched without regard to case: "A+ certification". */
  otherNames: z.array(name).default([]),
  /** Abbreviations, matched only as written, in capitals: "RN", "CDL". */
  abbreviations: z.array(name).default([]),
  /** Who issues it, in general terms where many bodies do: "CompTIA", "your state's board of nursing". */
  issuer: text(2, 160),
  /** What kind of credential it is. */
  kind: z.enum(credentialKinds),
  /** The field of work, for editors: it, health-care, trades, business, logistics or general. */
  field: z.enum(credentialFields),
});

export const credentialNamesFileSchema = z.strictObject({
  kinds: z.array(kindSchema).min(1),
  credentials: z.array(namedCredentialSchema).min(60, { error: 'list at least 60 credentials' }),
});

export type CredentialNamesFile = z.infer<typeof credentialNamesFileSchema>;

export const readCredentialNames = (contentDir: string, problems: Problems) =>
  readYamlData(contentDir, 'credential-names.yaml', credentialNamesFileSchema, problems);

/**
 * Checks credential-names.yaml: unique ids; each name, other name and abbreviation belonging to
 * one entry only (so a mention counts once); a kinds entry, with a working guide link, for every
 * kind used. Returns the list as the job-ads scan uses it, or nothing if anything was wrong.
 */
export function checkCredentialNames(data: YamlData<CredentialNamesFile>, links: LinkChecker, problems: Problems): CredentialNames | undefined {
  if (!data.data) return undefined;
  const before = problems.list.length;
  const { kinds, credentials } = data.data;
  const at = (path: PropertyKey[]) => data.yaml?.lineOf(path);
  for (const list of ['kinds', 'credentials'] as const) {
    const seen = new Set<string>();
    data.data[list].forEach((e, i) => {
      if (seen.has(e.id)) problems.add(data.file, `${list}[${i}](${e.id}).id`, `duplicate id "${e.id}"`, at([list, i, 'id']));
      seen.add(e.id);
    });
  }
  const resolvedKinds = kinds.map((k, i) => {
    const problem = links.check(k.guide);
    if (problem) problems.add(data.file, `kinds[${i}](${k.id}).guide`, problem, at(['kinds', i, 'guide']));
    return { id: k.id, label: k.label, guide: { href: k.guide, label: k.guideText ?? links.text(k.guide) ?? k.guide } };
  });
  const owner = new Map<string, number>();
  credentials.forEach((c, i) => {
    const where = (field: string) => `credentials[${i}](${c.id}).${field}`;
    if (!kinds.some((k) => k.id === c.kind)) problems.add(data.file, where('kind'), `"${c.kind}" has no entry under kinds`, at(['credentials', i, 'kind']));
    const spellings: [string, string, PropertyKey[]][] = [
      [c.name.toLowerCase(), 'name', ['credentials', i, 'name']],
      ...c.otherNames.map((n, j): [string, string, PropertyKey[]] => [n.toLowerCase(), `otherNames[${j}]`, ['credentials', i, 'otherNames', j]]),
      ...c.abbreviations.map((n, j): [string, string, PropertyKey[]] => [n, `abbreviations[${j}]`, ['credentials', i, 'abbreviations', j]]),
    ];
    for (const [key, field, path] of spellings) {
      const words = tokenize(key).map((t) => t.raw).join(' ');
      const other = owner.get(words);
      if (other === i) problems.add(data.file, where(field), `"${key}" is listed twice in this entry`, at(path));
      else if (other !== undefined) problems.add(data.file, where(field), `"${key}" also names "${credentials[other]?.id}"; a name can belong to one credential only`, at(path));
      else owner.set(words, i);
    }
  });
  return problems.list.length > before ? undefined : { kinds: resolvedKinds, credentials: credentials.map(({ field: _field, ...c }) => c) };
}
