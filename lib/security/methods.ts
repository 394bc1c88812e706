/**
 * Which HTTP methods each address answers, decided before anything is rendered (proxy.ts).
 *
 * Every page is prerendered and only read: GET and HEAD. Next would otherwise render a page on
 * the fly for a POST, without the script policy the prerendered copy carries, at about eleven
 * times the cost of a GET. A form target that takes POST is listed here by its exact path; its
 * route handler still declares the methods it implements.
 */
export const POST_PATHS: readonly string[] = ['/feedback', '/checklist', '/tools/program-claims', '/tools/job-ads'];

const READ = ['GET', 'HEAD'] as const;

/** The methods a path answers, in the form of an `Allow` header. */
export function allowedMethods(pathname: string): string[] {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return POST_PATHS.includes(path) ? [...READ, 'POST'] : [...READ];
}

/**
 * The answer to a request whose method the path does not take, or undefined to let it through:
 * OPTIONS gets 204 and the list, any other method 405 and the list. Neither has a body.
 */
export function methodNotAllowed(method: string, pathname: string): Response | undefined {
  const allowed = allowedMethods(pathname);
  if (allowed.includes(method)) return undefined;
  const headers = { Allow: allowed.join(', '), 'Cache-Control': 'no-store' };
  return new Response(null, { status: method === 'OPTIONS' ? 204 : 405, headers });
}

/**
 * True when the path cannot name a page here: an escape that is not UTF-8 (`%`, `%zz`,
 * `%ff%fe`), or a route's own file name (`/guides/[slug]`), which made Next loop and fail with
 * a 500 rather than a 404.
 */
export function isMalformedPath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return /[[\]]/.test(decoded);
}
