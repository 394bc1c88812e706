import { staticRoutes } from '../site';

/**
 * A page other than an article that links may point at, with the ids a `#fragment` may name,
 * or `null` when the page exists but its data file could not be read (that problem is reported
 * on its own). A path ending in `/*` stands for every page under that path. Each collection that
 * makes pages says which (`glossaryLinkTargets`, `researchLinkTargets`, `credentialsLinkTargets`).
 */
export type LinkTarget = readonly [path: string, anchors: readonly string[] | null];

/** Every page other than an article that links may point at, by path (see `LinkTarget`). */
export type LinkTargets = ReadonlyMap<string, readonly string[] | null>;

/** Each article's heading ids; `null` for an article that could not be read (its problem is reported on its own). */
export type HeadingIds = ReadonlyMap<string, readonly string[] | null>;

/** Link checks and link text for data files: says what is wrong with a link, and names its target. */
export type LinkChecker = {
  check: (href: string) => string | undefined;
  /** The heading or page title a link points at, once it has passed the check. */
  text: (href: string) => string | undefined;
};

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
