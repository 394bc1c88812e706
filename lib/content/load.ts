import 'server-only';
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LinkableTerm } from '../markdown/glossary';
import { nestingProblem } from '../markdown/nesting';
import { renderMarkdown, type RenderedMarkdown } from '../markdown/render';
import { privateRoutes, staticRoutes } from '../site';
import { slug as slugSchema } from './fields';
import { guideFrontmatterSchema, STEPS, type GuideFrontmatter } from './guides';
import { checkPercentage, citedPercentages, type CitedPercentage } from './article-figures';
import type { Checklist } from './checklist';
import { checkClaimRules, readClaimRules } from './claim-rules';
import { checkUniqueIds, displayPath, Problems, readYamlData } from './collect';
import { checkCredentialNames, readCredentialNames } from './credential-names';
import { checkCredentials, readCredentials } from './credentials';
import { checkGlossary, glossaryLinkTerms, readGlossary } from './glossary';
import { loadChecklist } from './load-checklist';
import { splitFrontmatter } from './frontmatter';
import { checkPages, readPages } from './pages';
import { ContentError } from './problems';
import { irregularEntries, readContentFile } from './read-file';
import { checkResearch, readResearch } from './research';
import { sourcesFileSchema, type Source } from './sources';
import type { ParsedYaml } from './yaml-file';

/**
 * Valid sources, plus every id the file names, so one bad entry does not make every citation
 * fail. `ids` is undefined when the file could not be read at all: citations are then unchecked.
 */
function loadSources(contentDir: string, problems: Problems): { sources: Source[]; ids?: Set<string> } {
  const data = readYamlData(contentDir, 'sources.yaml', sourcesFileSchema, problems);
  if (!data.data) return { sources: [], ...(data.namedIds.size ? { ids: data.namedIds } : {}) };
  const sources = data.data;
  const at = (i: number, field?: string) => data.yaml?.lineOf(field ? [i, field] : [i]);
  const ids = checkUniqueIds(sources, 'source', data, problems);
  sources.forEach((s, i) => {
    if (!s.url && !s.noUrl) problems.add(data.file, data.label([i, 'url']), 'a source needs a url (https://…) that readers can follow, or noUrl saying why there is none', at(i));
    if (s.url && s.noUrl) problems.add(data.file, data.label([i, 'noUrl']), 'a source with a url needs no noUrl', at(i, 'noUrl'));
    if (s.kind === 'survey' && !s.surveyed) problems.add(data.file, data.label([i, 'surveyed']), 'a survey must say who was asked', at(i));
    if (s.reportedIn && (s.reportedIn === s.id || !ids.has(s.reportedIn))) {
      problems.add(data.file, data.label([i, 'reportedIn']), `"${s.reportedIn}" is not another source in this file`, at(i, 'reportedIn'));
    }
  });
  return { sources, ids };
}

/** An article file that could be read; `frontmatter` is missing when it was invalid. */
type ParsedFile = {
  slug: string;
  file: string;
  rendered: RenderedMarkdown;
  bodyLineOffset: number;
  /** Percentages in the body, with the sources cited after each (checked against research.yaml). */
  percentages: CitedPercentage[];
  yaml?: ParsedYaml;
  frontmatter?: GuideFrontmatter;
};
type ParsedGuide = ParsedFile & { frontmatter: GuideFrontmatter; yaml: ParsedYaml };

/** An article that could not be read, split or rendered: its problem is reported, and links into it are not judged. */
type UnreadFile = { slug: string; file: string; unread: true };

/** Reads one article. The body is always rendered, so its links and mistakes are checked even when the frontmatter is broken. */
export function parseGuide(abs: string, problems: Problems, glossaryTerms: LinkableTerm[]): ParsedFile | UnreadFile {
  const file = displayPath(abs);
  const slug = path.basename(abs, '.md');
  if (!slugSchema.safeParse(slug).success) {
    problems.add(file, 'file name', 'must be lowercase words joined by hyphens, like red-flags.md; it becomes the address /guides/<name>');
  }
  return problems.guard(file, () => readGuide(abs, file, slug, problems, glossaryTerms)) ?? { slug, file, unread: true };
}

function readGuide(abs: string, file: string, slug: string, problems: Problems, glossaryTerms: LinkableTerm[]): ParsedFile | UnreadFile {
  const unread: UnreadFile = { slug, file, unread: true };
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
  const frontmatter: ParsedYaml = yaml;
  for (const e of frontmatter.errors) problems.add(file, 'frontmatter', `YAML syntax: ${e.message}`, e.line);
  if (frontmatter.errors.length) return base;
  const parsed = guideFrontmatterSchema.safeParse(frontmatter.data ?? {}, { reportInput: true });
  if (!parsed.success) problems.addZod(file, 'frontmatter', parsed.error, frontmatter);
  return { ...base, yaml: frontmatter, ...(parsed.success ? { frontmatter: parsed.data } : {}) };
}

/** Every link in an article body must resolve. */
function checkLinks(g: ParsedFile, headingIdsBySlug: HeadingIds, targets: LinkTargets, problems: Problems) {
  for (const link of g.rendered.facts.links) {
    const problem = checkLink(link.url, g.slug, headingIdsBySlug, targets);
    if (problem) problems.add(g.file, 'body', problem, link.line + g.bodyLineOffset);
  }
}

const todayIso = () => new Date().toISOString().slice(0, 10);

/** Dates and citations, which need valid frontmatter. */
function checkGuide(g: ParsedGuide, sourceIds: Set<string> | undefined, problems: Problems) {
  const { file, frontmatter: fm, yaml } = g;
  const at = (field: string) => yaml.lineOf([field]);
  const bodyLine = (line: number) => line + g.bodyLineOffset;

  for (const field of ['updated', 'reviewed'] as const) {
    if (fm[field] < fm.published) problems.add(file, `frontmatter.${field}`, `${fm[field]} is before published (${fm.published})`, at(field));
  }
  for (const field of ['published', 'updated', 'reviewed'] as const) {
    if (fm[field] > todayIso()) problems.add(file, `frontmatter.${field}`, `${fm[field]} is in the future`, at(field));
  }

  fm.changes.forEach((c, i) => {
    const where = `frontmatter.changes[${i}].date`;
    const line = yaml.lineOf(['changes', i, 'date']);
    if (c.date < fm.published) problems.add(file, where, `${c.date} is before published (${fm.published})`, line);
    if (c.date > todayIso()) problems.add(file, where, `${c.date} is in the future`, line);
    const newer = fm.changes[i - 1];
    if (newer && c.date > newer.date) problems.add(file, where, `${c.date} is newer than the change above it (${newer.date}); list changes newest first`, line);
  });

  if (!sourceIds) return;
  const cited = new Set(g.rendered.facts.citations.map((c) => c.id));
  const listed = new Set(fm.sources);
  for (const c of g.rendered.facts.citations) {
    if (!sourceIds.has(c.id)) problems.add(file, 'body', `cites "${c.id}", which is not in content/sources.yaml`, bodyLine(c.line));
    else if (!listed.has(c.id)) problems.add(file, 'body', `cites "${c.id}", which is missing from frontmatter.sources`, bodyLine(c.line));
  }
  fm.sources.forEach((id, i) => {
    if (!sourceIds.has(id)) problems.add(file, `frontmatter.sources[${i}]`, `"${id}" is not in content/sources.yaml`, yaml.lineOf(['sources', i]));
    else if (!cited.has(id)) problems.add(file, `frontmatter.sources[${i}]`, `"${id}" is listed but never cited with {cite:${id}}`, yaml.lineOf(['sources', i]));
  });
}

/**
 * Pages other than articles that links may point at, each with the ids a `#fragment` may
 * name, or `null` when the page exists but its data file could not be read (that problem is
 * reported on its own). A key ending in `/*` stands for every page under that path.
 */
export type LinkTargets = ReadonlyMap<string, readonly string[] | null>;

/** Each article's heading ids; `null` for an article that could not be read (its problem is reported on its own). */
export type HeadingIds = ReadonlyMap<string, readonly string[] | null>;

/** Says what is wrong with a link in an article or data file, or nothing if it is fine. */
export function checkLink(url: string, ownSlug: string, headingIdsBySlug: HeadingIds, targets: LinkTargets = new Map()): string | undefined {
  if (url.trim() === '') return 'link has no address';
  if (/^https:\/\//i.test(url) || /^mailto:/i.test(url)) return undefined;
  if (/^http:\/\//i.test(url)) return `link ${url} must use https://`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return `link ${JSON.stringify(url)} uses a scheme that is not allowed`;
  const [pathPart = '', fragment] = url.split('#', 2) as [string, string | undefined];
  if (pathPart === '') {
    return fragment && !(headingIdsBySlug.get(ownSlug) ?? []).includes(fragment)
      ? `link #${fragment} matches no heading in this article`
      : undefined;
  }
  if (!pathPart.startsWith('/')) return `link ${JSON.stringify(url)} must be a site path starting with / or a full https:// address`;
  const target = pathPart.replace(/\/+$/, '') || '/';
  const guide = /^\/guides\/([^/]+)$/.exec(target)?.[1];
  if (guide !== undefined) {
    const ids = headingIdsBySlug.get(guide);
    if (ids === null) return undefined;
    if (!ids) return `link ${url} points at /guides/${guide}, which is not an article`;
    if (fragment && !ids.includes(fragment)) return `link ${url}: the article /guides/${guide} has no heading with id "${fragment}"`;
    return undefined;
  }
  const anchors = targets.has(target) ? targets.get(target) : targets.get(target.replace(/\/[^/]+$/, '/*'));
  if (anchors === null) return undefined;
  if (anchors) {
    return fragment && !anchors.includes(fragment) ? `link ${url}: the page ${target} has no anchor "${fragment}"` : undefined;
  }
  if (!(staticRoutes as readonly string[]).includes(target)) return `link ${url} points at ${target}, which is not a page on this site`;
  if (fragment) return `link ${url}: fragments are only checked on article links; link to the page instead`;
  return undefined;
}

function checkGuideSet(guides: ParsedGuide[], guidesDir: string, problems: Problems) {
  const dir = displayPath(guidesDir);
  const seen = <K>(key: (g: ParsedGuide) => K | undefined, field: string, what: string) => {
    const first = new Map<K, ParsedGuide>();
    for (const g of guides) {
      const k = key(g);
      if (k === undefined) continue;
      const other = first.get(k);
      if (other) problems.add(g.file, `frontmatter.${field}`, `${what} ${JSON.stringify(k)} is also used by ${other.file}`, g.yaml.lineOf([field]));
      else first.set(k, g);
    }
  };
  seen((g) => g.frontmatter.order, 'order', 'order');
  seen((g) => g.frontmatter.step, 'step', 'step');
  seen((g) => g.frontmatter.title.toLowerCase(), 'title', 'title');
  if (guides.length > 0) {
    for (const step of STEPS) {
      if (!guides.some((g) => g.frontmatter.step === step)) {
        problems.add(dir, 'step', `no article has "step: ${step}"; the home page links to one article for each of steps 1 to ${STEPS.length}`);
      }
    }
  }
}

function toGuide(g: ParsedGuide, sourcesById: Map<string, Source>) {
  const { html, toc, sections, wordCount, readingMinutes, citationOrder } = g.rendered;
  return {
    ...g.frontmatter,
    slug: g.slug,
    href: `/guides/${g.slug}`,
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
export type Content = {
  guides: Guide[];
  sources: Source[];
  checklist: Checklist;
  credentials: NonNullable<ReturnType<typeof checkCredentials>>;
  research: NonNullable<ReturnType<typeof checkResearch>>;
  glossary: NonNullable<ReturnType<typeof checkGlossary>>;
  /** The program-ad checker's rules (content/claim-rules.yaml), citations and links resolved. */
  claimRules: NonNullable<ReturnType<typeof checkClaimRules>>;
  /** The credentials the job-ads scan names (content/credential-names.yaml). */
  credentialNames: NonNullable<ReturnType<typeof checkCredentialNames>>;
  /** When each page that is not an article was last reviewed, by path. */
  pageReviews: Record<string, string>;
};

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

/** Ids named by the entries of a list in a YAML file, read from the raw data so one bad entry does not cascade. */
function rawIds(raw: unknown, key?: string): string[] {
  const list = key ? (raw as Record<string, unknown> | null | undefined)?.[key] : raw;
  return (Array.isArray(list) ? list : []).map((e) => (e as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
}

/**
 * Reads, validates and renders everything under `contentDir`. Throws a ContentError that lists
 * every problem found, across all files, if anything is wrong.
 */
export function loadContent(contentDir: string): Content {
  const problems = new Problems();
  // Links and special files anywhere under the folder, before any file is read.
  for (const entry of irregularEntries(contentDir)) problems.add(displayPath(entry.abs), 'file', entry.problem);
  const { sources, ids: sourceIds } = loadSources(contentDir, problems);
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  // Data files first: articles link glossary terms, and may link any page the data makes.
  const glossaryData = readGlossary(contentDir, problems);
  const researchData = readResearch(contentDir, problems);
  const credentialsData = readCredentials(contentDir, problems);
  const claimRulesData = readClaimRules(contentDir, problems);
  const credentialNamesData = readCredentialNames(contentDir, problems);
  const guidesDir = path.join(/* turbopackIgnore: true */ contentDir, 'guides');
  const files = listArticles(guidesDir, problems);
  const glossaryTerms = glossaryLinkTerms(glossaryData);
  const results = files.map((f) => parseGuide(path.join(/* turbopackIgnore: true */ guidesDir, f), problems, glossaryTerms));
  const read = results.filter((g): g is ParsedFile => !('unread' in g));
  const parsed = read.filter((g): g is ParsedGuide => !!g.frontmatter && !!g.yaml);

  // Links may point at an article whose frontmatter is broken, or that could not be read at
  // all: that is its own problem, not theirs.
  const headingIdsBySlug: HeadingIds = new Map(results.map((g) => [g.slug, 'unread' in g ? null : g.rendered.headingIds]));
  // A data file that could not be read at all has its own problem; links into it are not judged.
  const readable = (d: { yaml?: { data: unknown } }) => d.yaml?.data !== undefined;
  const kindIds = rawIds(credentialsData.yaml?.data);
  const targets: LinkTargets = new Map<string, string[] | null>([
    ['/glossary', readable(glossaryData) ? rawIds(glossaryData.yaml?.data) : null],
    ['/research', readable(researchData) ? rawIds(researchData.yaml?.data, 'charts') : null],
    ['/credentials', readable(credentialsData) ? kindIds : null],
    ...(readable(credentialsData) ? kindIds.map((id) => [`/credentials/${id}`, []] as [string, string[]]) : [['/credentials/*', null] as [string, null]]),
  ]);
  for (const g of read) checkLinks(g, headingIdsBySlug, targets, problems);
  for (const g of parsed) checkGuide(g, sourceIds, problems);
  // Uniqueness and the steps can only be judged when every article's frontmatter is valid.
  if (parsed.length === results.length) checkGuideSet(parsed, guidesDir, problems);
  const checklist = loadChecklist(
    contentDir,
    problems,
    new Map(results.map((g) => [g.slug, 'unread' in g ? {} : { title: g.frontmatter?.title, toc: g.rendered.toc }])),
  );

  // The data files cite sources by id; while sources.yaml itself is invalid, checking them
  // against it would only repeat that one problem many times.
  if (sources.length === 0 && problems.list.length) throw new ContentError(problems.list);
  const checkSiteLink = (href: string) => checkLink(href, '', headingIdsBySlug, targets);
  const glossary = checkGlossary(glossaryData, sourcesById, checkSiteLink, problems);
  const research = checkResearch(researchData, sourcesById, checkSiteLink, problems);
  const figureValues = new Map<string, number[]>();
  for (const f of research?.figures ?? []) figureValues.set(f.sourceId, [...(figureValues.get(f.sourceId) ?? []), f.value]);
  for (const g of read) {
    for (const p of g.percentages) {
      const problem = checkPercentage(p, figureValues);
      if (problem) problems.add(g.file, 'body', problem, p.line + g.bodyLineOffset);
    }
  }
  const figureIds = readable(researchData) ? new Set(rawIds(researchData.yaml?.data, 'figures')) : undefined;
  const credentials = checkCredentials(credentialsData, { sourcesById, figureIds, figures: research?.figures, checkSiteLink }, problems);
  // Which kind pages exist is only known once credentials.yaml is valid; until then, that is the problem to fix.
  const pagesNeedingDates = [...staticRoutes.filter((p) => !privateRoutes.includes(p)), ...(credentials ?? []).map((k) => k.href)];
  const pageReviews = credentials ? checkPages(readPages(contentDir, problems), pagesNeedingDates, todayIso(), problems) : undefined;

  // The tools name each guide link by the heading it points at.
  const linkText = (href: string) => {
    const [pathPart = '', fragment] = href.split('#', 2);
    const g = read.find((r) => `/guides/${r.slug}` === pathPart);
    return fragment ? g?.rendered.toc.find((t) => t.id === fragment)?.text : g?.frontmatter?.title;
  };
  const links = { check: checkSiteLink, text: linkText };
  const claimRules = checkClaimRules(claimRulesData, sourcesById, links, problems);
  const credentialNames = checkCredentialNames(credentialNamesData, links, problems);

  if (problems.list.length || !checklist || !glossary || !research || !credentials || !claimRules || !credentialNames || !pageReviews) throw new ContentError(problems.list);
  const guides = parsed.map((g) => toGuide(g, sourcesById)).sort((a, b) => a.order - b.order);
  return { guides, sources, checklist, credentials, research, glossary, claimRules, credentialNames, pageReviews };
}
