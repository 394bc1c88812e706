/**
 * Which HTTP methods each address answers, decided as a request arrives (request-gate.ts).
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
