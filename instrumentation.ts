/** Runs once as each server process starts, before it takes requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ refuseUnrepresentableMethods }, { securityHeaders }] = await Promise.all([
    import('./lib/security/unrepresentable-methods'),
    import('./lib/security/csp'),
  ]);
  refuseUnrepresentableMethods(securityHeaders);
}
