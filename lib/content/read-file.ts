import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** The largest file the content check reads: a long article is about 30 kB. */
export const MAX_FILE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

const SPECIAL = 'is not a regular file (it is a pipe, socket or device)';
const SYMLINK = 'is a symbolic link; content must be real files inside the content folder, so links are not followed';

/** What is wrong with a path that is not a plain file, or undefined when it is one. */
function notAFile(stats: Stats): string | undefined {
  if (stats.isSymbolicLink()) return SYMLINK;
  if (stats.isDirectory()) return 'is a folder, not a file';
  if (!stats.isFile()) return SPECIAL;
  return undefined;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** The 1-based line holding the first bytes that are not UTF-8. A newline byte is never part of a longer UTF-8 character, so each line can be checked alone. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      utf8.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

export type ReadResult = { text: string } | { problem: string; line?: number };

/**
 * A content file's text, or what stops it being read: it is checked with lstat before it is
 * opened, and opened without following links, so a link under content/ is reported and never
 * read; a file over MAX_FILE_BYTES is refused before it is read; bytes that are not UTF-8 are
 * reported with their line rather than turned into replacement characters. Line endings come
 * back as \n.
 */
export function readContentFile(abs: string, what: string): ReadResult {
  let fd: number | undefined;
  try {
    const before = notAFile(lstatSync(/* turbopackIgnore: true */ abs));
    if (before) return { problem: before };
    // O_NONBLOCK: a pipe put in place of the file after lstat must not hang the check.
    fd = openSync(/* turbopackIgnore: true */ abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    const after = notAFile(stats);
    if (after) return { problem: after };
    if (stats.size > MAX_FILE_BYTES) return { problem: `is ${inBytes(stats.size)}; ${what} may be at most ${inBytes(MAX_FILE_BYTES)} (${MAX_FILE_BYTES / 1024 / 1024} MB)` };
    const bytes = new Uint8Array(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    let text: string;
    try {
      text = utf8.decode(bytes.subarray(0, read));
    } catch {
      const line = firstBadLine(bytes.subarray(0, read));
      return { problem: `line ${line} is not valid UTF-8 text; save the file as UTF-8`, line };
    }
    return { text: text.replace(/\r\n?/g, '\n') };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { problem: 'is missing' };
    // O_NOFOLLOW refuses a link that replaced the file after lstat.
    if (code === 'ELOOP') return { problem: SYMLINK };
    return { problem: `could not be read (${code})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `1048577` → `1,048,577 bytes`: exact, so a file just over the limit does not read as the limit. */
const inBytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

/** A path under the content folder that is not a plain file or folder, and what it is. */
export type IrregularEntry = { abs: string; problem: string };

/**
 * Every symbolic link and special file under `dir`, found without following any link, so a
 * link to an article elsewhere is reported rather than published, and a link loop cannot trap
 * the walk. Folders that cannot be listed are reported too.
 */
export function irregularEntries(dir: string): IrregularEntry[] {
  const found: IrregularEntry[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(/* turbopackIgnore: true */ folder, { withFileTypes: true });
    } catch (error) {
      found.push({ abs: folder, problem: `could not be listed (${errorCode(error)})` });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(/* turbopackIgnore: true */ folder, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isSymbolicLink()) found.push({ abs, problem: SYMLINK });
      else if (!entry.isFile()) found.push({ abs, problem: SPECIAL });
    }
  };
  // The folder itself is the caller's choice (`content:check -- dir`), so it may be a link.
  if (statSync(/* turbopackIgnore: true */ dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return found;
}
