import 'server-only';
import { privateRoutes, staticRoutes } from '../site';
import { checkPercentage } from './article-figures';
import { checkChecklist, readChecklist, type Checklist } from './checklist';
import { checkClaimRules, readClaimRules } from './claim-rules';
import { displayPath, Problems } from './collect';
import { checkCredentialNames, readCredentialNames } from './credential-names';
import { checkCredentials, credentialsLinkTargets, readCredentials } from './credentials';
import { checkGlossary, glossaryLinkTargets, glossaryLinkTerms, readGlossary } from './glossary';
import { checkGuides, guideHeadingIds, guideLinkText, guideOutlines, readGuides, type ArticleRead, type Guide } from './guides';
import { checkLink, type LinkChecker, type LinkTargets } from './links';
import { checkPages, readPages } from './pages';
import { ContentError } from './problems';
import { irregularEntries } from './read-file';
import { checkResearch, readResearch, researchFigureIds, researchLinkTargets, type Research } from './research';
import { checkSources, readSources, type Source } from './sources';

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

const todayIso = () => new Date().toISOString().slice(0, 10);

/** Every percentage an article types, against the survey figures in research.yaml (`checkPercentage`). */
function checkArticleFigures(articles: readonly ArticleRead[], research: Research | undefined, problems: Problems) {
  const figureValues = new Map<string, number[]>();
  for (const f of research?.figures ?? []) figureValues.set(f.sourceId, [...(figureValues.get(f.sourceId) ?? []), f.value]);
  for (const a of articles) {
    if ('unread' in a) continue;
    for (const p of a.percentages) {
      const problem = checkPercentage(p, figureValues);
      if (problem) problems.add(a.file, 'body', problem, p.line + a.bodyLineOffset);
    }
  }
}

/**
 * Reads, validates and renders everything under `contentDir`. Throws a ContentError that lists
 * every problem found, across all files, if anything is wrong.
 *
 * Each collection is one module with its schema, its `read…` and its `check…` (docs/content.md);
 * this is the one place that lists them, in the order they depend on each other, and the checks
 * between them: which pages and anchors links may name, and article figures against research.yaml.
 */
export function loadContent(contentDir: string): Content {
  const problems = new Problems();
  const today = todayIso();
  // Links and special files anywhere under the folder, before any file is read.
  for (const entry of irregularEntries(contentDir)) problems.add(displayPath(entry.abs), 'file', entry.problem);
  const { sources, ids: sourceIds } = checkSources(readSources(contentDir, problems), problems);
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  // Data files first: articles link glossary terms, and may link any page the data makes.
  const glossaryData = readGlossary(contentDir, problems);
  const researchData = readResearch(contentDir, problems);
  const credentialsData = readCredentials(contentDir, problems);
  const claimRulesData = readClaimRules(contentDir, problems);
  const credentialNamesData = readCredentialNames(contentDir, problems);
  const articles = readGuides(contentDir, glossaryLinkTerms(glossaryData), problems);

  // Every page a link may name, with its anchors. Links may point at an article whose
  // frontmatter is broken, or a file that could not be read at all: that is its own problem.
  const headingIds = guideHeadingIds(articles);
  const targets: LinkTargets = new Map([...glossaryLinkTargets(glossaryData), ...researchLinkTargets(researchData), ...credentialsLinkTargets(credentialsData)]);
  const checkLinkFrom = (url: string, ownSlug: string) => checkLink(url, ownSlug, headingIds, targets);
  const guides = checkGuides(articles, contentDir, { sourceIds, sourcesById, today, checkLink: checkLinkFrom }, problems);
  const outlines = guideOutlines(articles);
  const checklist = checkChecklist(readChecklist(contentDir, problems), outlines, problems);

  // The data files cite sources by id; while sources.yaml itself is invalid, checking them
  // against it would only repeat that one problem many times.
  if (sources.length === 0 && problems.list.length) throw new ContentError(problems.list);
  const checkSiteLink = (href: string) => checkLinkFrom(href, '');
  const glossary = checkGlossary(glossaryData, sourcesById, checkSiteLink, problems);
  const research = checkResearch(researchData, sourcesById, checkSiteLink, problems);
  checkArticleFigures(articles, research, problems);
  const credentials = checkCredentials(credentialsData, { sourcesById, figureIds: researchFigureIds(researchData), figures: research?.figures, checkSiteLink }, problems);
  // Which kind pages exist is only known once credentials.yaml is valid; until then, that is the problem to fix.
  const pagesNeedingDates = [...staticRoutes.filter((p) => !privateRoutes.includes(p)), ...(credentials ?? []).map((k) => k.href)];
  const pageReviews = credentials ? checkPages(readPages(contentDir, problems), pagesNeedingDates, today, problems) : undefined;

  // The tools name each guide link by the heading it points at.
  const links: LinkChecker = { check: checkSiteLink, text: (href) => guideLinkText(href, (slug) => outlines.get(slug)) };
  const claimRules = checkClaimRules(claimRulesData, sourcesById, links, problems);
  const credentialNames = checkCredentialNames(credentialNamesData, links, problems);

  if (problems.list.length || !guides || !checklist || !glossary || !research || !credentials || !claimRules || !credentialNames || !pageReviews) throw new ContentError(problems.list);
  return { guides, sources, checklist, credentials, research, glossary, claimRules, credentialNames, pageReviews };
}
