/** Runs once as each server process starts, before it takes requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ installRequestGate }, { securityHeaders }] = await Promise.all([import('./lib/security/request-gate'), import('./lib/security/csp')]);
  installRequestGate(securityHeaders);
}
