import 'server-only';
import { getCredentialKinds, getGuides } from './content';
import { staticRoutes } from './site';

export type SiteRoute = { path: string; lastModified?: string };

/** Pages with no content of their own: compare shows the reader's saved data, search their query. */
const privateRoutes = new Set<string>(['/checklist/compare', '/search']);

/** Every public page, with the date its content last changed where content gives one. */
export function getPublicRoutes(): SiteRoute[] {
  const guides = getGuides();
  const newest = guides.map((g) => g.updated).sort().at(-1);
  const pages = staticRoutes
    .filter((path) => !privateRoutes.has(path))
    .map((path) => ({ path, ...((path === '/' || path === '/guides') && newest ? { lastModified: newest } : {}) }));
  return [...pages, ...guides.map((g) => ({ path: g.href, lastModified: g.updated })), ...getCredentialKinds().map((k) => ({ path: k.href }))];
}
