import { z } from 'zod';
import type { LinkableTerm } from '../markdown/glossary';
import { checkUniqueIds, namedIds, readYamlData, type Problems, type YamlData } from './collect';
import { sitePath, slug, text } from './fields';
import type { LinkTarget } from './links';
import type { Source } from './sources';

/** A link from a glossary entry to a page that says more. */
const relatedLinkSchema = z.strictObject({
  /** A site path: `/guides/red-flags#red-flag-1-...`, `/credentials/boot-camp`, `/glossary#stackable`. Checked. */
  href: sitePath(),
  /** The link text: say where it goes. */
  label: text(3, 120),
});

/** One term in `content/glossary.yaml`. */
export const glossaryTermSchema = z.strictObject({
  /** The anchor on /glossary (`/glossary#id`); lowercase words joined by hyphens. */
  id: slug,
  /** The term as a reader meets it, in lowercase unless it is a name: "boot camp". */
  term: text(2, 60),
  /** Other spellings or forms that mean the same, also linked in articles: "micro-credential". */
  aliases: z.array(text(2, 60)).default([]),
  /** A plain definition in one to three short sentences, in our own words. */
  definition: text(20, 600),
  /** The source the definition rests on, where it uses one (from `content/sources.yaml`). */
  sourceId: slug.optional(),
  /** Pages that say more, in the order a reader would want them. */
  related: z.array(relatedLinkSchema).default([]),
  /** Link the first use of this term in each article to its entry (default true). */
  linkInArticles: z.boolean().default(true),
});

export const glossaryFileSchema = z.array(glossaryTermSchema, { error: 'expected a list of terms' });

export type GlossaryFile = z.infer<typeof glossaryFileSchema>;

/** Reads `content/glossary.yaml` against its schema (cross-checks come later, in `checkGlossary`). */
export const readGlossary = (contentDir: string, problems: Problems) =>
  readYamlData(contentDir, 'glossary.yaml', glossaryFileSchema, problems);

/** The spellings the Markdown pipeline links in articles, for the terms that allow it; empty while the file is invalid. */
export function glossaryLinkTerms(data: YamlData<GlossaryFile>): LinkableTerm[] {
  return (data.data ?? []).filter((t) => t.linkInArticles).map((t) => ({ id: t.id, words: [t.term, ...t.aliases] }));
}

/** The page this file makes, and its anchors: one per entry, `/glossary#<id>`. */
export const glossaryLinkTargets = (data: YamlData<GlossaryFile>): LinkTarget[] => [['/glossary', namedIds(data) ?? null]];

/**
 * Checks glossary.yaml: unique ids, each term and alias used by one entry only (so an article
 * word links to one place), known sources and working related links. Returns the terms sorted
 * A to Z, or nothing if anything was wrong.
 */
export function checkGlossary(
  data: YamlData<GlossaryFile>,
  sourcesById: ReadonlyMap<string, Source>,
  checkSiteLink: (href: string) => string | undefined,
  problems: Problems,
) {
  if (!data.data) return undefined;
  const terms = data.data;
  const before = problems.list.length;
  const at = (path: PropertyKey[]) => data.yaml?.lineOf(path);
  checkUniqueIds(terms, 'term', data, problems);

  const owner = new Map<string, number>();
  terms.forEach((t, i) => {
    [t.term, ...t.aliases].forEach((word, j) => {
      const path = j === 0 ? [i, 'term'] : [i, 'aliases', j - 1];
      const key = word.toLowerCase();
      const other = owner.get(key);
      if (other === i) problems.add(data.file, data.label(path), `"${word}" is listed twice in this entry`, at(path));
      else if (other !== undefined) problems.add(data.file, data.label(path), `"${word}" is also a term or alias of "${terms[other]?.id}"; a word can link to one entry only`, at(path));
      else owner.set(key, i);
    });
    if (t.sourceId && !sourcesById.has(t.sourceId)) problems.add(data.file, data.label([i, 'sourceId']), `"${t.sourceId}" is not in content/sources.yaml`, at([i, 'sourceId']));
    t.related.forEach((link, j) => {
      const problem = link.href === `/glossary#${t.id}` ? 'links to its own entry' : checkSiteLink(link.href);
      if (problem) problems.add(data.file, data.label([i, 'related', j, 'href']), problem, at([i, 'related', j, 'href']));
    });
  });
  if (problems.list.length > before) return undefined;
  return terms
    .map((t) => ({ ...t, href: `/glossary#${t.id}`, source: t.sourceId ? sourcesById.get(t.sourceId) : undefined }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en-US'));
}

export type GlossaryTerm = NonNullable<ReturnType<typeof checkGlossary>>[number];
