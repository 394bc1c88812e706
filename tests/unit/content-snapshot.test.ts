import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { readSnapshot, saveSnapshot, snapshotKey } from '@/lib/content/snapshot';
import { BASE_FILES, makeContentDir, removeContentDirs } from './helpers/content-fixture';

/** A stand-in project folder: a lib/ file and a lockfile, which the key also covers. */
function makeProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'snapshot-project-'));
  mkdirSync(path.join(dir, 'lib'));
  writeFileSync(path.join(dir, 'lib', 'render.ts'), 'export const version = 1;\n');
  writeFileSync(path.join(dir, 'package-lock.json'), '{}\n');
  return dir;
}

const projects: string[] = [];
afterAll(() => {
  removeContentDirs();
  for (const p of projects) rmSync(p, { recursive: true, force: true });
});

describe('content snapshot', () => {
  it('gives back exactly the model the content check parsed', () => {
    const project = makeProject();
    projects.push(project);
    const contentDir = makeContentDir();
    const content = loadContent(contentDir);
    const key = snapshotKey(contentDir, project);
    saveSnapshot(content, key, project);
    expect(readSnapshot(key, project)).toEqual(content);
  });

  it('has no snapshot for a key nobody saved, so the caller parses instead', () => {
    const project = makeProject();
    projects.push(project);
    expect(readSnapshot('0'.repeat(32), project)).toBeUndefined();
  });

  it('changes key when an article, the code under lib/ or the lockfile changes', () => {
    const project = makeProject();
    projects.push(project);
    const contentDir = makeContentDir();
    const first = snapshotKey(contentDir, project);
    expect(snapshotKey(contentDir, project)).toBe(first);

    const article = Object.keys(BASE_FILES).find((f) => f.startsWith('guides/'));
    expect(article).toBeDefined();
    writeFileSync(path.join(contentDir, article as string), `${BASE_FILES[article as string]}\nOne more sentence.\n`);
    const afterArticle = snapshotKey(contentDir, project);
    expect(afterArticle).not.toBe(first);

    writeFileSync(path.join(project, 'lib', 'render.ts'), 'export const version = 2;\n');
    const afterCode = snapshotKey(contentDir, project);
    expect(afterCode).not.toBe(afterArticle);

    writeFileSync(path.join(project, 'package-lock.json'), '{"lockfileVersion":3}\n');
    expect(snapshotKey(contentDir, project)).not.toBe(afterCode);
  });

  it('keeps only the newest snapshot, and reads nothing from a damaged one', () => {
    const project = makeProject();
    projects.push(project);
    const content = loadContent(makeContentDir());
    saveSnapshot(content, 'a'.repeat(32), project);
    saveSnapshot(content, 'b'.repeat(32), project);
    expect(readSnapshot('a'.repeat(32), project)).toBeUndefined();
    expect(readSnapshot('b'.repeat(32), project)).toEqual(content);

    writeFileSync(path.join(project, 'node_modules', '.cache', 'microcredential-guide', `content-${'b'.repeat(32)}.json`), '{"guides": [');
    expect(readSnapshot('b'.repeat(32), project)).toBeUndefined();
  });
});
