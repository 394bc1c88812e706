import 'server-only';
import { getCredentialKinds, getGuides } from './content';
import { privateRoutes, staticRoutes } from './site';

export type SiteRoute = { path: string; lastModified?: string };

/** Every public page, with the date its content last changed where content gives one. */
export function getPublicRoutes(): SiteRoute[] {
  const guides = getGuides();
  const newest = guides.map((g) => g.updated).sort().at(-1);
  const pages = staticRoutes
    .filter((path) => !privateRoutes.includes(path))
    .map((path) => ({ path, ...((path === '/' || path === '/guides') && newest ? { lastModified: newest } : {}) }));
  return [...pages, ...guides.map((g) => ({ path: g.href, lastModified: g.updated })), ...getCredentialKinds().map((k) => ({ path: k.href }))];
}
