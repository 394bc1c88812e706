import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for the tests, or null where there is none (never in CI). */
    postgresUrl: string | null;
  }
}

const SCRIPT = 'scripts/feedback/test-postgres.sh';
const hasPostgres = () => existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));

/**
 * The PostgreSQL the storage tests run against: TEST_DATABASE_URL when set (CI sets it, .ci/run),
 * otherwise a throwaway cluster started here from Debian's packaged binaries and stopped after.
 * In CI a missing server fails the run: the tests on PostgreSQL must never quietly not run.
 */
export default function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return;
  }
  if (!hasPostgres()) {
    if (process.env.CI) throw new Error('No PostgreSQL for the storage tests: set TEST_DATABASE_URL or install the postgresql package.');
    console.warn('No PostgreSQL here (apt-get install postgresql, or set TEST_DATABASE_URL): the tests on PostgreSQL will not run.');
    project.provide('postgresUrl', null);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'feedback-pg-'));
  const url = execFileSync('bash', [SCRIPT, 'start', dir], { encoding: 'utf8' }).trim();
  project.provide('postgresUrl', url);
  return () => {
    execFileSync('bash', [SCRIPT, 'stop', dir]);
  };
}
