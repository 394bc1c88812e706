import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content } from './load';

/**
 * A build parses and renders the content once: `npm run build` validates it
 * (scripts/content-check.ts) while Next compiles, and that check saves the result here, keyed by
 * everything the result depends on. The build's page workers then read the saved model instead
 * of parsing every article again. Any change to content, to the code under lib/, to installed
 * packages (the lockfile) or to the date gives a new key, so a stale snapshot is never used.
 */
// Every path this module reads or writes carries `turbopackIgnore`, as do the content loader's
// (the collections' modules, collect.ts, index.ts): Turbopack otherwise lists them as files the server needs. As
// the folders are parameters, that meant every content/ and lib/ folder under the project, and
// with the content check now running beside the compiler, a build failed when the check replaced
// the snapshot while Turbopack was listing this folder.
const SNAPSHOT_DIR = path.join(/* turbopackIgnore: true */ 'node_modules', '.cache', 'microcredential-guide');

function filesUnder(dir: string): string[] {
  if (!existsSync(/* turbopackIgnore: true */ dir)) return [];
  return readdirSync(/* turbopackIgnore: true */ dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(/* turbopackIgnore: true */ e.parentPath, e.name))
    .sort();
}

/** sha256 over the content files, the code that turns them into the model, and today's date. */
export function snapshotKey(contentDir: string, projectDir = process.cwd()): string {
  const hash = createHash('sha256');
  const inputs = [...filesUnder(contentDir), ...filesUnder(path.join(/* turbopackIgnore: true */ projectDir, 'lib')), path.join(/* turbopackIgnore: true */ projectDir, 'package-lock.json')];
  for (const file of inputs) {
    hash.update(path.relative(projectDir, file)).update('\0');
    if (existsSync(/* turbopackIgnore: true */ file)) hash.update(readFileSync(/* turbopackIgnore: true */ file));
    hash.update('\0');
  }
  hash.update(new Date().toISOString().slice(0, 10));
  return hash.digest('hex').slice(0, 32);
}

const snapshotFile = (projectDir: string, key: string) => path.join(/* turbopackIgnore: true */ projectDir, SNAPSHOT_DIR, `content-${key}.json`);

/** Saves the model for this key, replacing older snapshots; written whole or not at all. */
export function saveSnapshot(content: Content, key: string, projectDir = process.cwd()): void {
  const dir = path.join(/* turbopackIgnore: true */ projectDir, SNAPSHOT_DIR);
  rmSync(/* turbopackIgnore: true */ dir, { recursive: true, force: true });
  mkdirSync(/* turbopackIgnore: true */ dir, { recursive: true });
  const file = snapshotFile(projectDir, key);
  writeFileSync(/* turbopackIgnore: true */ `${file}.tmp`, JSON.stringify(content));
  renameSync(/* turbopackIgnore: true */ `${file}.tmp`, /* turbopackIgnore: true */ file);
}

/** The saved model for this key, or undefined when there is none (or it cannot be read). */
export function readSnapshot(key: string, projectDir = process.cwd()): Content | undefined {
  try {
    return JSON.parse(readFileSync(/* turbopackIgnore: true */ snapshotFile(projectDir, key), 'utf8')) as Content;
  } catch {
    return undefined;
  }
}
