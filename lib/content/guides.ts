import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { LinkableTerm } from '../markdown/glossary';
import { nestingProblem } from '../markdown/nesting';
import { renderMarkdown, type RenderedMarkdown } from '../markdown/render';
import type { TocEntry } from '../markdown/toc';
import { citedPercentages, type CitedPercentage } from './article-figures';
import { displayPath, type Problems } from './collect';
import { isoDate, slug as slugSchema, text } from './fields';
import type { HeadingIds } from './links';
import { splitFrontmatter } from './markdown-file';
import { showValue } from './problems';
import { readContentFile } from './read-file';
import type { Source } from './sources';
import type { ParsedYaml } from './yaml-file';

/** The steps of the journey, in order: know your goal, research, red flags, before you sign. */
export const STEPS = [1, 2, 3, 4] as const;
export type Step = (typeof STEPS)[number];

/** The anchor of an article's "What changed" list, which feed entries link to. */
export const WHAT_CHANGED_ID = 'what-changed';

/** The YAML frontmatter at the top of every `content/guides/*.md` article. */
export const guideFrontmatterSchema = z.strictObject({
  /** The article's heading and page title. Plain words; a question or an action reads best. */
  title: text(5, 90),
  /** One sentence for the guide list, search results and link previews. */
  description: text(50, 160),
  /** Two to five key points, shown at the top as "The short version". */
  summary: z.array(text(10, 240)).min(2, { error: 'give at least 2 key points' }).max(5, { error: 'give at most 5 key points' }),
  /** First published, `YYYY-MM-DD`. */
  published: isoDate,
  /** Last changed in substance, `YYYY-MM-DD`; not before `published`. */
  updated: isoDate,
  /** Last checked against its sources by an editor, `YYYY-MM-DD`; not before `published`. */
  reviewed: isoDate,
  /** Position in the guide, 1 first. Unique across articles. */
  order: z.int({ error: (iss) => `expected a whole number like 3, got ${showValue(iss.input)}` }).positive({ error: 'must be 1 or more' }),
  /** For the step articles only: which step of "goal, research, red flags, before you sign" this is. */
  step: z.literal(STEPS).optional(),
  /** Topics, lowercase and hyphenated. */
  tags: z.array(slugSchema).min(1, { error: 'give at least 1 tag' }).max(6, { error: 'give at most 6 tags' }),
  /**
   * What changed in substance since publishing, newest first, each shown under "What changed" and
   * as an entry in the feed: a `date` (`YYYY-MM-DD`, not before `published`, not in the future)
   * and one line of `text` saying what is different.
   */
  changes: z.array(z.strictObject({ date: isoDate, text: text(10, 240) })).default([]),
  /** Ids from `content/sources.yaml` that the body cites with `{cite:id}`. */
  sources: z.array(slugSchema).default([]),
});

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;

/** An article file that could be read; `frontmatter` is missing when it was invalid. */
export type ArticleFile = {
  slug: string;
  file: string;
  rendered: RenderedMarkdown;
  bodyLineOffset: number;
  /** Percentages in the body, with the sources cited after each (checked against research.yaml). */
  percentages: CitedPercentage[];
  yaml?: ParsedYaml;
  frontmatter?: GuideFrontmatter;
};
type ValidArticle = ArticleFile & { frontmatter: GuideFrontmatter; yaml: ParsedYaml };

/** An article that could not be read, split or rendered: its problem is reported, and links into it are not judged. */
export type UnreadArticle = { slug: string; file: string; unread: true };

export type ArticleRead = ArticleFile | UnreadArticle;

const isRead = (a: ArticleRead): a is ArticleFile => !('unread' in a);
const isValid = (a: ArticleFile): a is ValidArticle => !!a.frontmatter && !!a.yaml;

/**
 * The article files in `guidesDir`, by name. A link or special file in place of the folder is
 * reported by the walk of the content folder, and not followed.
 */
function listArticles(guidesDir: string, problems: Problems): string[] {
  const stats = lstatSync(/* turbopackIgnore: true */ guidesDir, { throwIfNoEntry: false });
  if (stats && !stats.isDirectory()) return [];
  const files = stats ? readdirSync(/* turbopackIgnore: true */ guidesDir).filter((f) => f.endsWith('.md')).sort() : [];
  if (files.length === 0) problems.add(displayPath(guidesDir), 'folder', 'has no .md articles');
  return files;
}

/**
 * Reads every article in `content/guides`, rendering each body with the glossary's terms linked
 * (cross-checks come later, in `checkGuides`).
 */
export function readGuides(contentDir: string, glossaryTerms: LinkableTerm[], problems: Problems): ArticleRead[] {
  const guidesDir = path.join(/* turbopackIgnore: true */ contentDir, 'guides');
  return listArticles(guidesDir, problems).map((f) => parseGuide(path.join(/* turbopackIgnore: true */ guidesDir, f), problems, glossaryTerms));
}

/** Reads one article. The body is always rendered, so its links and mistakes are checked even when the frontmatter is broken. */
export function parseGuide(abs: string, problems: Problems, glossaryTerms: LinkableTerm[]): ArticleRead {
  const file = displayPath(abs);
  const slug = path.basename(abs, '.md');
  if (!slugSchema.safeParse(slug).success) {
    problems.add(file, 'file name', 'must be lowercase words joined by hyphens, like red-flags.md; it becomes the address /guides/<name>');
  }
  return problems.guard(file, () => readGuide(abs, file, slug, problems, glossaryTerms)) ?? { slug, file, unread: true };
}

function readGuide(abs: string, file: string, slug: string, problems: Problems, glossaryTerms: LinkableTerm[]): ArticleRead {
  const unread: UnreadArticle = { slug, file, unread: true };
  const read = readContentFile(abs, 'an article');
  if ('problem' in read) {
    problems.add(file, 'file', read.problem, read.line);
    return unread;
  }
  // gray-matter splits frontmatter from body; our YAML reader keeps dates as text and knows lines.
  const split = splitFrontmatter(read.text);
  if (split.problem) {
    problems.add(file, 'frontmatter', split.problem, 1);
    return unread;
  }
  const { yaml, body, bodyLineOffset } = split;
  // Checked on the text, before the parser recurses into it.
  const tooDeep = nestingProblem(body);
  if (tooDeep) {
    problems.add(file, 'body', tooDeep.message, tooDeep.line + bodyLineOffset);
    return unread;
  }
  const rendered = renderMarkdown(body, { glossaryTerms });
  for (const m of rendered.facts.mistakes) problems.add(file, 'body', m.message, m.line + bodyLineOffset);
  const base = { slug, file, rendered, bodyLineOffset, percentages: citedPercentages(body) };
  if (!yaml) {
    problems.add(file, 'frontmatter', 'is missing; start the file with --- and the fields title, description, summary, published, updated, reviewed, order, tags, sources');
    return base;
  }
  for (const e of yaml.errors) problems.add(file, 'frontmatter', `YAML syntax: ${e.message}`, e.line);
  if (yaml.errors.length) return base;
  const parsed = guideFrontmatterSchema.safeParse(yaml.data ?? {}, { reportInput: true });
  if (!parsed.success) problems.addZod(file, 'frontmatter', parsed.error, yaml);
  return { ...base, yaml, ...(parsed.success ? { frontmatter: parsed.data } : {}) };
}

/** Each article's heading ids, for link checks; `null` for an article that could not be read (links into it are not judged). */
export const guideHeadingIds = (articles: readonly ArticleRead[]): HeadingIds =>
  new Map(articles.map((a) => [a.slug, isRead(a) ? a.rendered.headingIds : null]));

/** What other files may know of an article: its title (while its frontmatter is valid) and headings; neither for one that could not be read. */
export type GuideOutline = { title?: string; toc?: TocEntry[] };

/** Each article's outline, by slug. */
export const guideOutlines = (articles: readonly ArticleRead[]): ReadonlyMap<string, GuideOutline> =>
  new Map(articles.map((a) => [a.slug, isRead(a) ? { title: a.frontmatter?.title, toc: a.rendered.toc } : {}]));

/** Link text for a site path into the guide: the section's heading, or the article's title. */
export function guideLinkText(href: string, outlineOf: (slug: string) => GuideOutline | undefined): string | undefined {
  const [pathPart = '', fragment] = href.split('#', 2);
  if (!pathPart.startsWith('/guides/')) return undefined;
  const guide = outlineOf(pathPart.slice('/guides/'.length));
  return fragment ? guide?.toc?.find((t) => t.id === fragment)?.text : guide?.title;
}

/** What the articles are checked against. */
export type GuideCheckContext = {
  /** Every id sources.yaml names; undefined when it could not be read (citations are then unchecked). */
  sourceIds: ReadonlySet<string> | undefined;
  sourcesById: ReadonlyMap<string, Source>;
  /** Says what is wrong with a link in the article `ownSlug` (`checkLink` in links.ts). */
  checkLink: (url: string, ownSlug: string) => string | undefined;
  /** `YYYY-MM-DD`: no date may be later. */
  today: string;
};

/**
 * Checks the articles: every link in a body resolving; dates in order and not in the future;
 * every citation naming a source that is listed, and every listed source cited; and, once every
 * article's frontmatter is valid, unique order, step and title, and an article for each step.
 * Returns the articles in guide order, or nothing if any could not be read or checked.
 */
export function checkGuides(articles: readonly ArticleRead[], contentDir: string, ctx: GuideCheckContext, problems: Problems): Guide[] | undefined {
  const before = problems.list.length;
  const read = articles.filter(isRead);
  const valid = read.filter(isValid);
  for (const a of read) {
    for (const link of a.rendered.facts.links) {
      const problem = ctx.checkLink(link.url, a.slug);
      if (problem) problems.add(a.file, 'body', problem, link.line + a.bodyLineOffset);
    }
  }
  for (const a of valid) checkArticle(a, ctx, problems);
  // Uniqueness and the steps can only be judged when every article's frontmatter is valid.
  if (valid.length !== articles.length) return undefined;
  checkGuideSet(valid, path.join(/* turbopackIgnore: true */ contentDir, 'guides'), problems);
  if (problems.list.length > before) return undefined;
  return valid.map((a) => toGuide(a, ctx.sourcesById)).sort((a, b) => a.order - b.order);
}

/** Dates and citations, which need valid frontmatter. */
function checkArticle(a: ValidArticle, ctx: GuideCheckContext, problems: Problems) {
  const { file, frontmatter: fm, yaml } = a;
  const { sourceIds, today } = ctx;
  const at = (field: string) => yaml.lineOf([field]);
  const bodyLine = (line: number) => line + a.bodyLineOffset;

  for (const field of ['updated', 'reviewed'] as const) {
    if (fm[field] < fm.published) problems.add(file, `frontmatter.${field}`, `${fm[field]} is before published (${fm.published})`, at(field));
  }
  for (const field of ['published', 'updated', 'reviewed'] as const) {
    if (fm[field] > today) problems.add(file, `frontmatter.${field}`, `${fm[field]} is in the future`, at(field));
  }

  fm.changes.forEach((c, i) => {
    const where = `frontmatter.changes[${i}].date`;
    const line = yaml.lineOf(['changes', i, 'date']);
    if (c.date < fm.published) problems.add(file, where, `${c.date} is before published (${fm.published})`, line);
    if (c.date > today) problems.add(file, where, `${c.date} is in the future`, line);
    const newer = fm.changes[i - 1];
    if (newer && c.date > newer.date) problems.add(file, where, `${c.date} is newer than the change above it (${newer.date}); list changes newest first`, line);
  });

  if (!sourceIds) return;
  const cited = new Set(a.rendered.facts.citations.map((c) => c.id));
  const listed = new Set(fm.sources);
  for (const c of a.rendered.facts.citations) {
    if (!sourceIds.has(c.id)) problems.add(file, 'body', `cites "${c.id}", which is not in content/sources.yaml`, bodyLine(c.line));
    else if (!listed.has(c.id)) problems.add(file, 'body', `cites "${c.id}", which is missing from frontmatter.sources`, bodyLine(c.line));
  }
  fm.sources.forEach((id, i) => {
    if (!sourceIds.has(id)) problems.add(file, `frontmatter.sources[${i}]`, `"${id}" is not in content/sources.yaml`, yaml.lineOf(['sources', i]));
    else if (!cited.has(id)) problems.add(file, `frontmatter.sources[${i}]`, `"${id}" is listed but never cited with {cite:${id}}`, yaml.lineOf(['sources', i]));
  });
}

function checkGuideSet(articles: ValidArticle[], guidesDir: string, problems: Problems) {
  const dir = displayPath(guidesDir);
  const seen = <K>(key: (a: ValidArticle) => K | undefined, field: string, what: string) => {
    const first = new Map<K, ValidArticle>();
    for (const a of articles) {
      const k = key(a);
      if (k === undefined) continue;
      const other = first.get(k);
      if (other) problems.add(a.file, `frontmatter.${field}`, `${what} ${JSON.stringify(k)} is also used by ${other.file}`, a.yaml.lineOf([field]));
      else first.set(k, a);
    }
  };
  seen((a) => a.frontmatter.order, 'order', 'order');
  seen((a) => a.frontmatter.step, 'step', 'step');
  seen((a) => a.frontmatter.title.toLowerCase(), 'title', 'title');
  if (articles.length > 0) {
    for (const step of STEPS) {
      if (!articles.some((a) => a.frontmatter.step === step)) {
        problems.add(dir, 'step', `no article has "step: ${step}"; the home page links to one article for each of steps 1 to ${STEPS.length}`);
      }
    }
  }
}

function toGuide(a: ValidArticle, sourcesById: ReadonlyMap<string, Source>) {
  const { html, toc, sections, wordCount, readingMinutes, citationOrder } = a.rendered;
  return {
    ...a.frontmatter,
    slug: a.slug,
    href: `/guides/${a.slug}`,
    html,
    toc,
    sections,
    wordCount,
    readingMinutes,
    /** Sources in citation order: the n-th is the one numbered n in the text. */
    citedSources: citationOrder.map((id) => sourcesById.get(id)).filter((s): s is Source => s !== undefined),
  };
}

export type Guide = ReturnType<typeof toGuide>;

// The two fields, checked as the build checks them; the rest of the frontmatter is not read.
const cardSchema = guideFrontmatterSchema.pick({ title: true, step: true }).strip();
export type GuideCard = { title: string; step?: Step };

/**
 * An article's title and step, from its frontmatter alone, for a link preview drawn while the
 * site runs. Loading all the content for them would stall the server: about 6 s with 1,000
 * articles when the build's snapshot is missing or from another day. Undefined when there is
 * no such article (any slug that is not lowercase words and hyphens, so no path can climb out),
 * or when the file is one the content check refuses: a link, too large, not UTF-8, or front
 * matter in anything but YAML.
 */
export function readGuideCard(contentDir: string, slug: string): GuideCard | undefined {
  if (!slugSchema.safeParse(slug).success) return undefined;
  const read = readContentFile(path.join(/* turbopackIgnore: true */ contentDir, 'guides', `${slug}.md`), 'an article');
  if ('problem' in read) return undefined;
  // The same reader as the build, so dates stay text and the schema sees what it checked.
  const { yaml } = splitFrontmatter(read.text);
  const card = cardSchema.safeParse(yaml?.data);
  return card.success ? card.data : undefined;
}
