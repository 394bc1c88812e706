import 'server-only';
import path from 'node:path';
import { guideLinkText, readGuideCard, type Guide, type GuideCard } from './guides';
import { loadContent, type Content } from './load';
import { readSnapshot, snapshotKey } from './snapshot';

export type { Guide, GuideCard } from './guides';
export type { Source } from './sources';
export type { CredentialKind } from './credentials';
export type { Chart, DataChart, Research, ResearchFigure } from './research';
export type { GlossaryTerm } from './glossary';
export { formatDataValue, formatShare } from './research';
export type { TocEntry } from '../markdown/toc';

/**
 * The bundler gives route handlers (preview images, the sitemap) their own copy of this module,
 * so a module-level cache would parse everything again for them; globalThis is shared by all.
 */
const CACHE = Symbol.for('microcredential-guide.content');
const shared = globalThis as typeof globalThis & { [CACHE]?: Content };

/**
 * All content, read and validated once per process and shared by every page, metadata
 * function and route: from the snapshot the build's content check saved when it matches,
 * otherwise parsed here. CONTENT_DIR
 * points it elsewhere.
 */
export function getContent(): Content {
  if (!shared[CACHE]) {
    const dir = contentDir();
    shared[CACHE] = readSnapshot(snapshotKey(dir)) ?? loadContent(dir);
  }
  return shared[CACHE];
}

const contentDir = () => process.env.CONTENT_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), 'content');

/** An article's title and step, read from its file alone (for previews drawn on request). */
export const getGuideCard = (slug: string): GuideCard | undefined => readGuideCard(contentDir(), slug);

/** Every article, in guide order. */
export const getGuides = (): Guide[] => getContent().guides;

export const getGuide = (slug: string): Guide | undefined => getGuides().find((g) => g.slug === slug);

/** The articles before and after this one in guide order. */
export function getNeighbours(slug: string): { previous?: Guide; next?: Guide } {
  const guides = getGuides();
  const i = guides.findIndex((g) => g.slug === slug);
  if (i < 0) return {};
  const previous = guides[i - 1];
  const next = guides[i + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** The article for each step (know your goal, research, red flags, before you sign). */
export function getStepGuides(): Guide[] {
  return getGuides().filter((g) => g.step !== undefined).sort((a, b) => (a.step ?? 0) - (b.step ?? 0));
}

/** The pre-enrollment checklist, its guide links resolved to article and section titles. */
export const getChecklist = () => getContent().checklist;

/** Checklist questions explained by this article, for "Check this for your program" links. */
export function getChecklistItemsForGuide(slug: string) {
  return getChecklist()
    .sections.flatMap((s) => s.items)
    .filter((item) => item.guide.startsWith(`/guides/${slug}#`));
}

/** The kinds of microcredential, in the order the comparison shows them. */
export const getCredentialKinds = () => getContent().credentials;

export const getCredentialKind = (id: string) => getCredentialKinds().find((k) => k.id === id);

/** Survey figures, the charts that draw them, and findings without a number. */
export const getResearch = () => getContent().research;

/** The program-ad checker's rules and what an honest ad says (content/claim-rules.yaml). */
export const getClaimRules = () => getContent().claimRules;

/** The named credentials and kinds the job-ads scan uses (content/credential-names.yaml). */
export const getCredentialNames = () => getContent().credentialNames;

/** Every source in content/sources.yaml, in file order. */
export const getSources = () => getContent().sources;

/** When a page that is not an article was last reviewed (content/pages.yaml; the content check makes sure every such page is listed). */
export function getPageReviewed(path: string): string {
  const reviewed = getContent().pageReviews[path];
  if (!reviewed) throw new Error(`content/pages.yaml has no reviewed date for ${path}`);
  return reviewed;
}

/** Glossary terms, A to Z. */
export const getGlossary = () => getContent().glossary;

/** Link text for a site path into the guide: the section's heading, or the article's title. */
export const describeGuideLink = (href: string): string | undefined => guideLinkText(href, getGuide);
