import type { Migration, MigrationProvider } from 'kysely';
import * as createFeedback from './2026-12-02-001-create-feedback';

/**
 * Every migration of the feedback store, by name; Kysely runs them in name order and records
 * each one it ran in the database, so a new one is a new file listed here (never an edit to an
 * old one). Imported, not read from the folder at run time, so the server bundle carries them.
 */
const migrations: Record<string, Migration> = {
  '2026-12-02-001-create-feedback': createFeedback,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
