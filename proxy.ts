import { NextResponse, type NextRequest } from 'next/server';
import { isMalformedPath, methodNotAllowed } from './lib/security/methods';

/**
 * Runs before any route: a method a path does not take is answered here, without rendering,
 * and an address that cannot name a page gets the site's 404 page instead of a 500.
 */
export function proxy(request: NextRequest) {
  const refused = methodNotAllowed(request.method, request.nextUrl.pathname);
  if (refused) return refused;
  // Rewritten to an address no route has, so Next answers with its prerendered 404 page.
  if (isMalformedPath(request.nextUrl.pathname)) return NextResponse.rewrite(new URL('/_not-found-malformed', request.url));
  return undefined;
}
