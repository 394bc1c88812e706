import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Problems } from '@/lib/content/collect';
import { matterOptions, splitFrontmatter } from '@/lib/content/markdown-file';
import { readGuideCard } from '@/lib/content/guides';
import { MAX_FILE_BYTES, irregularEntries, readContentFile } from '@/lib/content/read-file';
import { MAX_ALIAS_COUNT, parseYaml } from '@/lib/content/yaml-file';
import { MAX_EMPHASIS_MARKS, MAX_NESTING, nestingProblem } from '@/lib/markdown/nesting';
import { BASE_FILES, edit, makeContentDir, removeContentDirs } from './helpers/content-fixture';
import { problemsIn, short } from './helpers/problems';

// Every way a content folder once crashed the check or slipped past it. Fixtures that cannot be
// committed (links, folders, pipes, bad bytes) are made in a temp dir by each test.

afterEach(removeContentDirs);

/** A file whose front matter, if it ran as code, would write `marker`. */
const codeFrontmatter = (opening: string, marker: string) =>
  `${opening}\n{ title: (require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), 'Step 3: Red flags'), step: 3 }\n---\nWatch for promises.\n`;

/** An alias bomb: each line names the one before nine times, so the last is 9^6 copies of "x". */
const aliasBomb = (indent = '') =>
  [`${indent}a: &a ["x","x","x","x","x","x","x","x","x"]`, ...'bcdef'.split('').map((c, i) => `${indent}${c}: &${c} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n');

let marker: string;
beforeEach(() => {
  marker = path.join(os.tmpdir(), `front-matter-ran-${process.pid}-${Date.now()}`);
});
afterEach(() => fs.rmSync(marker, { force: true }));

describe('front matter is data, never code', () => {
  it('uses a live fixture: gray-matter left to its defaults runs it', () => {
    matter(codeFrontmatter('---js', marker));
    expect(fs.readFileSync(marker, 'utf8')).toBe('ran');
  });

  it.each(['---js', '---javascript', '---json', '---coffee', '---yaml', '--- js', '\uFEFF---js'])('refuses an article that opens with %j, naming the file, and runs nothing', (opening) => {
    const dir = makeContentDir({ 'guides/red-flags.md': codeFrontmatter(opening, marker) });
    const problems = problemsIn(dir).map(short);
    expect(problems).toContainEqual(expect.stringMatching(/^red-flags\.md:1: frontmatter: opens with "---.*"; start the file with a line of just ---/));
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('gives the preview image nothing for such an article, and runs nothing', () => {
    const dir = makeContentDir({ 'guides/red-flags.md': codeFrontmatter('---js', marker) });
    expect(readGuideCard(dir, 'red-flags')).toBeUndefined();
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('registers no engine but YAML with gray-matter, even if the opening check were bypassed', () => {
    for (const language of ['js', 'javascript', 'coffee', 'json']) {
      const source = codeFrontmatter(`---${language}`, marker);
      expect(() => matter(source, matterOptions(() => ({}))), language).toThrow(/is not read; only YAML is/);
    }
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('still reads a plain --- block, with trailing spaces after the dashes', () => {
    const split = splitFrontmatter('---  \ntitle: Hello\n---\nBody\n');
    expect(split.problem).toBeUndefined();
    expect(split.yaml?.data).toEqual({ title: 'Hello' });
    expect(split.body).toBe('Body\n');
  });

  it('the preview route draws no card for such an article, and runs nothing', async () => {
    const dir = makeContentDir({ 'guides/red-flags.md': codeFrontmatter('---js', marker) });
    const { default: Image } = await import('@/app/guides/[slug]/opengraph-image');
    process.env.CONTENT_DIR = dir;
    try {
      const response = await Image({ params: Promise.resolve({ slug: 'red-flags' }) });
      expect(response.status).toBe(404);
    } finally {
      delete process.env.CONTENT_DIR;
    }
    expect(fs.existsSync(marker)).toBe(false);
  });
});

describe('YAML aliases are limited', () => {
  it(`reports an alias bomb in an article's front matter at its first alias`, () => {
    const dir = makeContentDir({ 'guides/red-flags.md': `---\n${aliasBomb()}\n---\nBody\n` });
    expect(problemsIn(dir).map(short)).toContain(
      `red-flags.md:3: frontmatter: YAML syntax: aliases (*name) expand too far, past ${MAX_ALIAS_COUNT} copies; write the values out instead`,
    );
  });

  it('reports an alias bomb in sources.yaml', () => {
    const dir = makeContentDir({ 'sources.yaml': `- id: bomb\n${aliasBomb('  ')}\n${BASE_FILES['sources.yaml']}` });
    expect(problemsIn(dir).map(short)).toContain(`sources.yaml:3: yaml: aliases (*name) expand too far, past ${MAX_ALIAS_COUNT} copies; write the values out instead`);
  });

  it('still allows a few aliases', () => {
    expect(parseYaml('a: &a [1, 2]\nb: *a\nc: *a\n')).toMatchObject({ data: { a: [1, 2], b: [1, 2], c: [1, 2] }, errors: [] });
  });

  it('reports YAML nested too deeply to read, with its line', () => {
    expect(parseYaml(`a: 1\nb: ${'['.repeat(5000)}${']'.repeat(5000)}\n`).errors).toEqual([{ line: 2, message: 'lists or maps are nested too deeply to read' }]);
  });
});

describe('only regular files are read', () => {
  it('reports a folder named like an article', () => {
    const dir = makeContentDir();
    fs.mkdirSync(path.join(dir, 'guides', 'folder.md'));
    expect(problemsIn(dir).map(short)).toEqual(['folder.md: file: is a folder, not a file']);
  });

  it('reports a link to an article outside the folder, and does not publish it', () => {
    const outside = makeContentDir();
    const dir = makeContentDir({ 'guides/red-flags.md': null });
    fs.symlinkSync(path.join(outside, 'guides', 'red-flags.md'), path.join(dir, 'guides', 'red-flags.md'));
    const problems = problemsIn(dir);
    expect(problems.map(short)).toContain('red-flags.md: file: is a symbolic link; content must be real files inside the content folder, so links are not followed');
    // One message for the link: links into the article it replaced are not judged as well.
    expect(problems.filter((p) => p.file.endsWith('red-flags.md'))).toHaveLength(1);
    expect(problems.every((p) => p.file.endsWith('red-flags.md'))).toBe(true);
    expect(readGuideCard(dir, 'red-flags')).toBeUndefined();
  });

  it('reports a link loop, and a link to a folder, without following either', () => {
    const dir = makeContentDir();
    fs.symlinkSync('loop-b.md', path.join(dir, 'guides', 'loop-a.md'));
    fs.symlinkSync('loop-a.md', path.join(dir, 'guides', 'loop-b.md'));
    fs.symlinkSync('..', path.join(dir, 'guides', 'up'));
    expect(problemsIn(dir).map(short).sort()).toEqual(
      ['loop-a.md', 'loop-b.md', 'up'].map((f) => `${f}: file: is a symbolic link; content must be real files inside the content folder, so links are not followed`),
    );
  });

  it('reports a link in place of a data file', () => {
    const dir = makeContentDir({ 'glossary.yaml': null });
    fs.symlinkSync(path.join(makeContentDir(), 'glossary.yaml'), path.join(dir, 'glossary.yaml'));
    expect(problemsIn(dir).map(short)).toContain('glossary.yaml: file: is a symbolic link; content must be real files inside the content folder, so links are not followed');
  });

  it('reports a pipe named like an article without waiting on it', () => {
    const dir = makeContentDir();
    execFileSync('mkfifo', [path.join(dir, 'guides', 'pipe.md')]);
    expect(problemsIn(dir).map(short)).toEqual(['pipe.md: file: is not a regular file (it is a pipe, socket or device)']);
  });

  it('lists irregular entries anywhere under the folder', () => {
    const dir = makeContentDir();
    fs.mkdirSync(path.join(dir, 'images', 'deep'), { recursive: true });
    fs.symlinkSync('/etc/passwd', path.join(dir, 'images', 'deep', 'passwd'));
    expect(irregularEntries(dir).map((e) => path.relative(dir, e.abs))).toEqual(['images/deep/passwd']);
  });
});

describe('text must be UTF-8 and of a sane size', () => {
  it('reports bytes that are not UTF-8 with their line, instead of replacing them', () => {
    const dir = makeContentDir();
    const lines = (BASE_FILES['guides/red-flags.md'] ?? '').split('\n');
    const at = lines.findIndex((l) => l.startsWith('If it sounds'));
    const before = `${lines.slice(0, at).join('\n')}\nIf it `;
    fs.writeFileSync(path.join(dir, 'guides', 'red-flags.md'), Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe]), Buffer.from(' sounds\n')]));
    expect(problemsIn(dir).map(short)).toEqual([`red-flags.md:${at + 1}: file: line ${at + 1} is not valid UTF-8 text; save the file as UTF-8`]);
  });

  it('reports invalid UTF-8 in a data file', () => {
    const dir = makeContentDir();
    fs.writeFileSync(path.join(dir, 'glossary.yaml'), Buffer.concat([Buffer.from('- id: a\n  term: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(problemsIn(dir).map(short)).toContain('glossary.yaml:2: file: line 2 is not valid UTF-8 text; save the file as UTF-8');
  });

  it('refuses an article over the limit before reading it, naming the limit', () => {
    const dir = makeContentDir({ 'guides/red-flags.md': edit('guides/red-flags.md', 'If it sounds', `${'word '.repeat(MAX_FILE_BYTES / 5)}If it sounds`) });
    const size = fs.statSync(path.join(dir, 'guides', 'red-flags.md')).size.toLocaleString('en-US');
    const message = `is ${size} bytes; an article may be at most 1,048,576 bytes (1 MB)`;
    expect(problemsIn(dir).map(short)).toEqual([`red-flags.md: file: ${message}`]);
    expect(readContentFile(path.join(dir, 'guides', 'red-flags.md'), 'an article')).toEqual({ problem: message });
  });

  it('refuses a data file over the limit', () => {
    const dir = makeContentDir({ 'research.yaml': `# ${'x'.repeat(3 * MAX_FILE_BYTES)}\n` });
    expect(problemsIn(dir).map(short)).toContain('research.yaml: file: is 3,145,731 bytes; a data file may be at most 1,048,576 bytes (1 MB)');
  });
});

describe('nesting is limited before the Markdown is parsed', () => {
  const deep = {
    blockquotes: `${'>'.repeat(10_000)} deep`,
    'spaced blockquotes': `${'> '.repeat(10_000)}deep`,
    lists: `${'- '.repeat(1_000)}deep`,
    'indented lists': Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
  };

  it.each(Object.entries(deep))('reports deeply nested %s in an article, with the limit', (_, body) => {
    const dir = makeContentDir({ 'guides/red-flags.md': edit('guides/red-flags.md', 'If it sounds too good to be true, it is.', body) });
    const started = Date.now();
    const problems = problemsIn(dir).map(short);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^red-flags\\.md:\\d+: body: blockquotes and lists are nested [\\d,]+ levels deep here; at most ${MAX_NESTING} levels are allowed$`))]);
  });

  it('reports links nested in links, and a paragraph with too many emphasis marks', () => {
    expect(nestingProblem(`Text\n\n${'!['.repeat(1000)}a${'](/x)'.repeat(1000)}`)).toEqual({
      line: 3,
      message: `links or images are nested more than ${MAX_NESTING} levels deep here (counting open [ brackets); at most ${MAX_NESTING} are allowed`,
    });
    expect(nestingProblem(`${'*a '.repeat(10_000)}b${'*'.repeat(10_000)}`)?.message).toMatch(`at most ${MAX_EMPHASIS_MARKS} are allowed in one paragraph`);
  });

  it('lets ordinary structure through: nested lists, quotes, rules, code, tables', () => {
    const ordinary = [
      '> A quote',
      '> > with a quote in it',
      '',
      '- one',
      '  - two',
      '    - three',
      '',
      '***',
      '_____',
      '',
      '```',
      `${' '.repeat(60)}deeply indented code`,
      `${' '.repeat(60)}- more of it`,
      '```',
      '',
      'Table: Marks in a table',
      '',
      '| **a** | **b** |',
      '| --- | --- |',
      ...Array.from({ length: 100 }, () => '| **bold** [link](/x) | _em_ |'),
    ].join('\n');
    expect(nestingProblem(ordinary)).toBeUndefined();
  });
});

describe('the check never stops on one file', () => {
  it('turns anything thrown while reading a file into that file’s problem, and goes on', () => {
    const problems = new Problems();
    expect(
      problems.guard('content/guides/a.md', () => {
        throw new RangeError('Maximum call stack size exceeded');
      }),
    ).toBeUndefined();
    expect(problems.guard('content/guides/b.md', () => 'read')).toBe('read');
    expect(problems.list).toEqual([{ file: 'content/guides/a.md', where: 'file', message: 'could not be checked: Maximum call stack size exceeded' }]);
  });

  it('reports each broken file once, and every one of them, in one pass', () => {
    const dir = makeContentDir({
      'guides/js.md': codeFrontmatter('---js', marker),
      'guides/coffee.md': codeFrontmatter('---coffee', marker),
      'guides/bomb.md': `---\n${aliasBomb()}\n---\nBody\n`,
      'guides/deep.md': `---\ntitle: Deep\n---\n${'>'.repeat(10_000)} deep\n`,
      'guides/huge.md': `---\ntitle: Huge\n---\n${'word '.repeat(MAX_FILE_BYTES / 4)}\n`,
    });
    fs.mkdirSync(path.join(dir, 'guides', 'folder.md'));
    fs.symlinkSync('loop.md', path.join(dir, 'guides', 'loop.md'));
    fs.writeFileSync(path.join(dir, 'guides', 'bytes.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x0a]));
    const files = problemsIn(dir).map((p) => path.basename(p.file));
    expect(files.sort()).toEqual(['bomb.md', 'bytes.md', 'coffee.md', 'deep.md', 'folder.md', 'huge.md', 'js.md', 'loop.md']);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('`npm run content:check -- <dir>` on a copy of content/ broken in each way: exit 1, one line per problem naming its file, no stack trace', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-broken-'));
    try {
      fs.cpSync(path.join(process.cwd(), 'content'), dir, { recursive: true });
      const guides = path.join(dir, 'guides');
      fs.writeFileSync(path.join(guides, 'code.md'), codeFrontmatter('---js', marker));
      fs.writeFileSync(path.join(guides, 'coffee.md'), codeFrontmatter('---coffee', marker));
      fs.writeFileSync(path.join(guides, 'bomb.md'), `---\n${aliasBomb()}\n---\nBody\n`);
      fs.writeFileSync(path.join(guides, 'deep.md'), `---\ntitle: Deep\n---\n${'>'.repeat(10_000)} deep\n`);
      fs.writeFileSync(path.join(guides, 'huge.md'), `---\ntitle: Huge\n---\n${'word '.repeat(MAX_FILE_BYTES / 4)}\n`);
      fs.writeFileSync(path.join(guides, 'bytes.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x0a]));
      fs.mkdirSync(path.join(guides, 'folder.md'));
      fs.symlinkSync('loop.md', path.join(guides, 'loop.md'));
      fs.symlinkSync('/etc/hostname', path.join(guides, 'outside.md'));
      const result = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/content-check.ts', dir], { encoding: 'utf8', timeout: 120_000 });
      expect(result.status, result.stderr).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines[0]).toBe('9 content problems:');
      const named = lines.slice(1).map((l) => path.basename(l.split(':')[0] ?? ''));
      expect(named.sort()).toEqual(['bomb.md', 'bytes.md', 'code.md', 'coffee.md', 'deep.md', 'folder.md', 'huge.md', 'loop.md', 'outside.md']);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(fs.existsSync(marker)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 130_000);
});
