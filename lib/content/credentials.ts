import { z } from 'zod';
import { checkUniqueIds, namedIds, readYamlData, type Problems, type YamlData } from './collect';
import { partialDate, sitePath, slug, text } from './fields';
import type { LinkTarget } from './links';
import type { ResearchFigure } from './research';
import type { Source } from './sources';

/** Yes, sometimes or no, with the reason: what our source says, or that it says nothing. */
const answerSchema = z.strictObject({
  /** `yes` (as a rule), `sometimes` (it depends on the program) or `no` (as a rule). */
  answer: z.enum(['yes', 'sometimes', 'no']),
  /** Why, in one or two sentences; say so when no source speaks about this kind. */
  note: text(10, 400),
});

/** A fact about a kind, in our words, with the sources that back it (ids from `content/sources.yaml`, checked). */
const sourcedFact = {
  /** The fact, short enough for a cell of the comparison table: one or two sentences. */
  text: text(10, 240),
  /** The sources that back it, each an id in `content/sources.yaml`. */
  sourceIds: z.array(slug).min(1, { error: 'give at least 1 source' }).max(4, { error: 'give at most 4 sources' }),
};

/** One kind of microcredential in `content/credentials.yaml`. */
export const credentialKindSchema = z.strictObject({
  /** The address: `boot-camp` becomes `/credentials/boot-camp`. */
  id: slug,
  /** The kind's name, singular and in sentence case: "Boot camp". */
  name: text(3, 60),
  /** One sentence for the comparison card and link previews. */
  summary: text(50, 160),
  /** What it is, in plain words. */
  definition: text(20, 500),
  /** Who offers it, short enough for the comparison card. */
  offeredBy: text(5, 200),
  /** Can it carry academic credit toward a degree? */
  credit: answerSchema,
  /** Can it stack with other credentials toward something larger? */
  stacks: answerSchema,
  /** How long it takes, only where a source says; leave out otherwise and the page says no source gives one. */
  length: z.strictObject({
    /** What the source says about length, in our words. */
    text: text(5, 200),
    /** The source that says it (from `content/sources.yaml`). */
    sourceId: slug,
  }).optional(),
  /** Who checks its quality (an accreditor, a certifying body, a signature, an audit), only where a source says; left out, the page says no source names one. */
  quality: z.strictObject(sourcedFact).optional(),
  /** Whether federal aid or other help can pay for it, and how, only where a source says; left out, the page says to ask. */
  aid: z.strictObject(sourcedFact).optional(),
  /** A typical price, only where a source gives one, with the date its data is from. */
  price: z.strictObject({
    ...sourcedFact,
    /** When the source's prices were true (`2017-06`): old data must show its date. */
    asOf: partialDate,
  }).optional(),
  /** What to check before enrolling in this kind in particular, most important first. */
  checks: z.array(z.strictObject({
    /** The check, as something to do or ask: "Ask whether ...". */
    text: text(10, 400),
    /** Where the guide explains it: `/guides/red-flags#...`. Checked. */
    guide: sitePath().optional(),
  })).min(2, { error: 'give at least 2 checks' }).max(8, { error: 'give at most 8 checks' }),
  /** Named examples from the fact sheet only. */
  examples: z.array(z.strictObject({
    /** Who: "Google". */
    name: text(2, 80),
    /** What they offer, in our words. */
    text: text(10, 400),
    /** Where we know it from. */
    sourceId: slug,
  })).default([]),
  /** Survey figures (ids from `content/research.yaml`) that bear on this kind, each with why. */
  figures: z.array(z.strictObject({
    /** The figure's id in research.yaml; its value is shown from there, never typed here. */
    id: slug,
    /** How the figure relates to this kind, and its limits. No numbers: they come from research.yaml. */
    why: text(10, 400),
  })).default([]),
  /** Articles (and sections) to read next. */
  guides: z.array(z.strictObject({
    /** A site path, usually `/guides/slug` or `/guides/slug#heading`. Checked. */
    href: sitePath(),
    /** The link text: say where it goes. */
    label: text(3, 120),
  })).min(1, { error: 'link at least 1 article' }),
  /** Sources this entry rests on, listed at the foot of the page. */
  sources: z.array(slug).min(1, { error: 'give at least 1 source' }),
});

export const credentialsFileSchema = z.array(credentialKindSchema, { error: 'expected a list of credential kinds' });

export type CredentialsFile = z.infer<typeof credentialsFileSchema>;

/** Reads `content/credentials.yaml` against its schema (cross-checks come later, in `checkCredentials`). */
export const readCredentials = (contentDir: string, problems: Problems) =>
  readYamlData(contentDir, 'credentials.yaml', credentialsFileSchema, problems);

/** The pages this file makes: /credentials, with an anchor per kind, and a page per kind, `/credentials/<id>`. */
export function credentialsLinkTargets(data: YamlData<CredentialsFile>): LinkTarget[] {
  const ids = namedIds(data);
  if (!ids) return [['/credentials', null], ['/credentials/*', null]];
  return [['/credentials', ids], ...ids.map((id): LinkTarget => [`/credentials/${id}`, []])];
}

/**
 * Checks credentials.yaml: unique ids and names, every source and figure known, every link
 * working, no figure typed into text. Returns the kinds in file order, or nothing if anything
 * was wrong.
 */
export function checkCredentials(
  data: YamlData<CredentialsFile>,
  ctx: {
    sourcesById: ReadonlyMap<string, Source>;
    /** Every figure id research.yaml names, valid or not, so one bad figure does not cascade; undefined if it could not be read. */
    figureIds: ReadonlySet<string> | undefined;
    /** The checked figures; undefined while research.yaml has problems (reported there). */
    figures: readonly ResearchFigure[] | undefined;
    checkSiteLink: (href: string) => string | undefined;
  },
  problems: Problems,
) {
  if (!data.data) return undefined;
  const kinds = data.data;
  const before = problems.list.length;
  const at = (path: PropertyKey[]) => data.yaml?.lineOf(path);
  const add = (path: PropertyKey[], message: string) => problems.add(data.file, data.label(path), message, at(path));
  const knownSource = (id: string, path: PropertyKey[]) => {
    if (!ctx.sourcesById.has(id)) add(path, `"${id}" is not in content/sources.yaml`);
  };

  checkUniqueIds(kinds, 'kind', data, problems);
  const names = new Map<string, string>();
  kinds.forEach((k, i) => {
    const other = names.get(k.name.toLowerCase());
    if (other) add([i, 'name'], `"${k.name}" is also the name of "${other}"`);
    names.set(k.name.toLowerCase(), k.id);

    if (k.length) knownSource(k.length.sourceId, [i, 'length', 'sourceId']);
    for (const fact of ['quality', 'aid', 'price'] as const) {
      k[fact]?.sourceIds.forEach((id, j) => knownSource(id, [i, fact, 'sourceIds', j]));
      if (k[fact] && /\d+\s*%/.test(k[fact].text)) add([i, fact, 'text'], 'has a percentage; survey figures belong in research.yaml');
    }
    k.examples.forEach((e, j) => knownSource(e.sourceId, [i, 'examples', j, 'sourceId']));
    k.sources.forEach((id, j) => knownSource(id, [i, 'sources', j]));
    k.checks.forEach((c, j) => {
      const problem = c.guide && ctx.checkSiteLink(c.guide);
      if (problem) add([i, 'checks', j, 'guide'], problem);
    });
    k.guides.forEach((g, j) => {
      const problem = ctx.checkSiteLink(g.href);
      if (problem) add([i, 'guides', j, 'href'], problem);
    });
    k.figures.forEach((f, j) => {
      if (ctx.figureIds && !ctx.figureIds.has(f.id)) add([i, 'figures', j, 'id'], `"${f.id}" is not a figure in content/research.yaml`);
      if (/\d/.test(f.why)) add([i, 'figures', j, 'why'], 'has a number; the figure itself comes from research.yaml, so write only why it matters');
    });
    for (const field of ['definition', 'summary', 'offeredBy'] as const) {
      if (/\d+\s*%/.test(k[field])) add([i, field], 'has a percentage; survey figures belong in research.yaml');
    }
  });
  if (problems.list.length > before || !ctx.figures) return undefined;
  const figuresById = new Map(ctx.figures.map((f) => [f.id, f]));
  return kinds.map((k) => ({
    ...k,
    href: `/credentials/${k.id}`,
    figures: k.figures.map((f) => ({ ...(figuresById.get(f.id) as ResearchFigure), why: f.why })),
    // The sources of the facts join the page's list, so every fact's source is listed where it is cited.
    sources: [...new Set([...k.sources, ...(['quality', 'aid', 'price'] as const).flatMap((f) => k[f]?.sourceIds ?? [])])]
      .map((id) => ctx.sourcesById.get(id) as Source),
  }));
}

export type CredentialKind = NonNullable<ReturnType<typeof checkCredentials>>[number];
