import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLink } from '@/lib/content/links';
import { loadContent } from '@/lib/content/load';
import { ContentError, type ContentProblem } from '@/lib/content/problems';
import { claimRulesYaml, credentialNamesYaml, pagesYaml } from './helpers/content-fixture';

// ---------------------------------------------------------------------------------------------
// Helpers: a small valid content folder, written to a temp dir, that each test breaks in one way.
// Field values are raw YAML text, so a test can write exactly what an editor would type.
// ---------------------------------------------------------------------------------------------

/** Raw YAML values by field name; `undefined` leaves the field out. */
type Fields = Record<string, string | undefined>;

function yamlFields(fields: Fields, indent = ''): string[] {
  return Object.entries(fields)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${indent}${k}: ${v}`);
}

const SOURCE_DEFAULTS: Record<string, Fields> = {
  'alpha-report': { id: 'alpha-report', title: 'Alpha report on credentials', publisher: 'Alpha Institute', date: '"2023"', kind: 'research', url: 'https://alpha.example.org/report' },
  'beta-survey': {
    id: 'beta-survey',
    title: 'Beta survey of employers',
    publisher: 'Beta Group',
    date: '2024-03',
    kind: 'survey',
    surveyed: '1,000 hiring managers in the United States.',
    noUrl: 'The survey was only printed.',
  },
  'gamma-news': { id: 'gamma-news', title: 'Gamma news story', publisher: 'Gamma Daily', date: '2024-03-20', kind: 'news', reportedIn: 'alpha-report', url: 'https://gamma.example.com/story' },
};

/** sources.yaml text: the three default sources, each field overridable, plus any extra entries. */
function sourcesYaml(changes: Record<string, Fields> = {}, extra: Fields[] = []): string {
  const entries = [
    ...Object.entries(SOURCE_DEFAULTS).map(([id, f]) => ({ ...f, ...changes[id] })),
    ...extra,
  ];
  return entries
    .map((f) => yamlFields(f, '  ').join('\n').replace(/^ {2}/, '- '))
    .join('\n')
    .concat('\n');
}

type ArticleSpec = { fields: Fields; body: string };

const ARTICLES: Record<string, ArticleSpec> = {
  // File names sort the opposite way to `order`, so sorting by order is visible.
  'set-a-goal': {
    fields: { title: '"Step 1: Set a goal"', order: '1', step: '1', sources: '[alpha-report, beta-survey]' },
    body: [
      'Start with the job you want {cite:beta-survey}.',
      '',
      '## Why a goal matters',
      '',
      'A goal gives you a test for every program {cite:alpha-report}. Employers agree {cite:beta-survey}.',
      '',
      '## Next',
      '',
      'Then [check the program](/guides/check-the-program#what-to-check).',
      '',
    ].join('\n'),
  },
  'check-the-program': {
    fields: { title: '"Step 2: Check the program"', order: '2', step: '2', sources: '[gamma-news]' },
    body: [
      'Look closely before you pay {cite:gamma-news}.',
      '',
      '## What to check',
      '',
      'Who teaches it, and for how long.',
      '',
      '## Ask questions',
      '',
      'Ask for answers in writing. Go back to [your goal](/guides/set-a-goal) or [the guide](/guides).',
      '',
    ].join('\n'),
  },
  'avoid-red-flags': {
    fields: { title: '"Step 3: Avoid red flags"', order: '3', step: '3', sources: '[alpha-report]' },
    body: [
      'Some programs are not worth it {cite:alpha-report}.',
      '',
      '## Warning signs',
      '',
      'Big promises and no outside checks. See [below](#what-to-do).',
      '',
      '## What to do',
      '',
      'Walk away, or ask more questions.',
      '',
    ].join('\n'),
  },
  'agree-to-terms': {
    fields: { title: '"Step 4: Agree to terms"', order: '4', step: '4', sources: '[gamma-news]' },
    body: [
      'Read the contract before you sign {cite:gamma-news}.',
      '',
      '## Refunds',
      '',
      'Ask what you get back if you leave. Then [check for red flags](/guides/avoid-red-flags#warning-signs).',
      '',
    ].join('\n'),
  },
};

function articleFields(overrides: Fields = {}): Fields {
  return {
    title: 'An article title',
    description: 'A description of this article that is long enough to pass the fifty character minimum.',
    summary: '[The first key point of the article., The second key point of the article.]',
    published: '2024-01-10',
    updated: '2024-02-01',
    reviewed: '2024-03-01',
    order: '9',
    step: undefined,
    tags: '[choosing]',
    sources: '[]',
    ...overrides,
  };
}

/** The text of an article file: frontmatter from the fields, a blank line, then the body. */
function articleText(fields: Fields, body: string): string {
  return ['---', ...yamlFields(fields), '---', '', body].join('\n');
}

/** One of the four valid articles, with some frontmatter fields and/or its body changed. */
function article(slug: keyof typeof ARTICLES, change: { fields?: Fields; body?: string } = {}): string {
  const base = ARTICLES[slug] as ArticleSpec;
  return articleText(articleFields({ ...base.fields, ...change.fields }), change.body ?? base.body);
}

/** content/checklist.yaml: one section whose one question links to a heading in an article, and to a tool if given. */
function checklistYaml(guideLink = '/guides/avoid-red-flags#warning-signs', tool?: string): string {
  return [
    'sections:',
    '  - id: the-program',
    '    title: The program',
    '    intro: Questions to ask about the program itself.',
    '    items:',
    '      - id: provider-known',
    '        question: Can you find out who runs this program?',
    '        why: A provider you can learn nothing about is a warning sign.',
    '        reassuring: You found the provider in sources you trust.',
    '        worrying: You found nothing but its own website.',
    "        worryingAnswer: 'no'",
    '        severity: red-flag',
    `        guide: ${guideLink}`,
    ...(tool === undefined ? [] : [`        tool: ${tool}`]),
    '',
  ].join('\n');
}

/** One survey figure drawn in one chart, citing the default survey source. */
const RESEARCH_YAML = `figures:
  - id: familiar
    value: 69
    label: Familiar with these credentials
    asked: How well they know these credentials.
    who: Hiring managers
    sourceId: beta-survey
    year: 2024
charts:
  - id: views
    title: How employers see these credentials
    figures: [familiar]
    caveat: These are opinions from one survey.
`;

const tempDirs: string[] = [];
afterEach(() => {
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/**
 * Writes the valid content folder to a new temp dir, with `files` (paths relative to the
 * folder) replacing or adding files; `null` deletes a file. Returns the folder.
 */
function makeContent(files: Record<string, string | null> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-load-'));
  tempDirs.push(dir);
  const all: Record<string, string | null> = {
    'sources.yaml': sourcesYaml(),
    'checklist.yaml': checklistYaml(),
    // Minimal valid data files; their own checks are tested in credentials/research/glossary tests.
    'credentials.yaml': '[]\n',
    'glossary.yaml': '[]\n',
    'research.yaml': RESEARCH_YAML,
    'claim-rules.yaml': claimRulesYaml('alpha-report', '/checklist'),
    'credential-names.yaml': credentialNamesYaml('/checklist'),
    'pages.yaml': pagesYaml([]),
    ...Object.fromEntries(Object.keys(ARTICLES).map((slug) => [`guides/${slug}.md`, article(slug)])),
    ...files,
  };
  for (const [rel, text] of Object.entries(all)) {
    if (text === null) continue;
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return dir;
}

/** The ContentError loadContent throws for `dir`; fails the test if it loads or throws anything else. */
function contentError(dir: string): ContentError {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error(`expected loadContent(${dir}) to throw a ContentError, but it loaded`);
}

const problemsOf = (dir: string): readonly ContentProblem[] => contentError(dir).problems;

/** 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" is not in the text`);
  return i + 1;
}

/** The problems reported against one file. */
const problemsIn = (dir: string, file: string) => problemsOf(dir).filter((p) => p.file === file);

/** Asserts there is exactly one problem and returns it. */
function onlyProblem(dir: string): ContentProblem {
  const problems = problemsOf(dir);
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0] as ContentProblem;
}

const guideFile = (dir: string, slug: string) => path.join(dir, 'guides', `${slug}.md`);
const sourcesFile = (dir: string) => path.join(dir, 'sources.yaml');

// ---------------------------------------------------------------------------------------------

describe('loadContent: a valid folder', () => {
  it('loads four articles and the sources', () => {
    const { guides, sources } = loadContent(makeContent());
    expect(guides).toHaveLength(4);
    expect(sources.map((s) => s.id)).toEqual(['alpha-report', 'beta-survey', 'gamma-news']);
  });

  it('sorts articles by order, not by file name', () => {
    const { guides } = loadContent(makeContent());
    expect(guides.map((g) => g.slug)).toEqual(['set-a-goal', 'check-the-program', 'avoid-red-flags', 'agree-to-terms']);
    expect(guides.map((g) => g.order)).toEqual([1, 2, 3, 4]);
    expect(guides.map((g) => g.step)).toEqual([1, 2, 3, 4]);
  });

  it('gives each article the address /guides/<file name>', () => {
    const { guides } = loadContent(makeContent());
    expect(guides.map((g) => g.href)).toEqual(['/guides/set-a-goal', '/guides/check-the-program', '/guides/avoid-red-flags', '/guides/agree-to-terms']);
  });

  it('lists cited sources in citation order, not frontmatter order', () => {
    const goal = loadContent(makeContent()).guides.find((g) => g.slug === 'set-a-goal');
    // Frontmatter says [alpha-report, beta-survey]; the body cites beta-survey first.
    expect(goal?.sources).toEqual(['alpha-report', 'beta-survey']);
    expect(goal?.citedSources.map((s) => s.id)).toEqual(['beta-survey', 'alpha-report']);
    expect(goal?.citedSources[0]?.publisher).toBe('Beta Group');
    expect(goal?.html).toContain('<a href="#source-beta-survey"><span class="sr-only">Source </span>1</a>');
  });

  it('keeps dates as the text the editor typed, and renders body, TOC and reading time', () => {
    const goal = loadContent(makeContent()).guides[0];
    expect(goal?.published).toBe('2024-01-10');
    expect(goal?.updated).toBe('2024-02-01');
    expect(goal?.toc.map((t) => t.id)).toEqual(['why-a-goal-matters', 'next']);
    expect(goal?.readingMinutes).toBe(1);
    expect(goal?.tags).toEqual(['choosing']);
  });

  it('accepts an article without step once the four steps are taken', () => {
    const extra = articleText(articleFields({ title: 'More about badges', order: '5', sources: '[alpha-report]' }), 'Badges {cite:alpha-report}.\n');
    const { guides } = loadContent(makeContent({ 'guides/more-about-badges.md': extra }));
    expect(guides.map((g) => g.slug)).toEqual(['set-a-goal', 'check-the-program', 'avoid-red-flags', 'agree-to-terms', 'more-about-badges']);
    expect(guides[4]?.step).toBeUndefined();
  });
});

describe('loadContent: frontmatter problems', () => {
  it('rejects a date that is not a date', () => {
    const text = article('check-the-program', { fields: { published: 'yesterday' } });
    const dir = makeContent({ 'guides/check-the-program.md': text });
    expect(onlyProblem(dir)).toEqual({
      file: guideFile(dir, 'check-the-program'),
      line: lineOf(text, 'published:'),
      where: 'frontmatter.published',
      message: 'expected a date like 2024-03-20, got "yesterday"',
    });
    expect(lineOf(text, 'published:')).toBe(5);
  });

  it('rejects a day that does not exist', () => {
    const text = article('check-the-program', { fields: { published: '2024-02-30', updated: '2024-03-01' } });
    const dir = makeContent({ 'guides/check-the-program.md': text });
    expect(onlyProblem(dir)).toEqual({
      file: guideFile(dir, 'check-the-program'),
      line: lineOf(text, 'published:'),
      where: 'frontmatter.published',
      message: 'expected a date like 2024-03-20, got "2024-02-30"',
    });
  });

  it('reports a missing required field', () => {
    const dir = makeContent({ 'guides/check-the-program.md': article('check-the-program', { fields: { description: undefined } }) });
    const p = onlyProblem(dir);
    expect(p).toMatchObject({ file: guideFile(dir, 'check-the-program'), where: 'frontmatter.description', message: 'is required but missing' });
  });

  it('reports a misspelt field on its own line (and the field it should have been)', () => {
    const text = article('check-the-program', { fields: { reviewed: undefined, reviewd: '2024-03-01' } });
    const dir = makeContent({ 'guides/check-the-program.md': text });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual({
      file: guideFile(dir, 'check-the-program'),
      line: lineOf(text, 'reviewd:'),
      where: 'frontmatter',
      message: 'unknown field "reviewd" (check the spelling)',
    });
    expect(problems).toContainEqual(expect.objectContaining({ where: 'frontmatter.reviewed', message: 'is required but missing' }));
  });

  it('reports a value of the wrong type, showing what was typed', () => {
    const text = article('check-the-program', { fields: { order: '"three"' } });
    const dir = makeContent({ 'guides/check-the-program.md': text });
    const p = onlyProblem(dir);
    expect(p).toMatchObject({ file: guideFile(dir, 'check-the-program'), line: lineOf(text, 'order:'), where: 'frontmatter.order' });
    expect(p.message).toMatch(/^expected .*, got "three"$/);
  });

  it('reports a description that is too short', () => {
    const text = article('avoid-red-flags', { fields: { description: 'Too short.' } });
    const dir = makeContent({ 'guides/avoid-red-flags.md': text });
    expect(onlyProblem(dir)).toEqual({
      file: guideFile(dir, 'avoid-red-flags'),
      line: lineOf(text, 'description:'),
      where: 'frontmatter.description',
      message: 'must be at least 50 characters',
    });
  });

  it('reports a step that is not 1, 2, 3 or 4', () => {
    const dir = makeContent({ 'guides/avoid-red-flags.md': article('avoid-red-flags', { fields: { step: '5' } }) });
    expect(onlyProblem(dir)).toMatchObject({ where: 'frontmatter.step', message: 'expected one of 1, 2, 3, 4, got 5' });
  });

  it('reports updated or reviewed before published', () => {
    const text = article('set-a-goal', { fields: { published: '2024-01-10', updated: '2024-01-09', reviewed: '2023-12-31' } });
    const dir = makeContent({ 'guides/set-a-goal.md': text });
    expect(problemsOf(dir)).toEqual([
      { file: guideFile(dir, 'set-a-goal'), line: lineOf(text, 'updated:'), where: 'frontmatter.updated', message: '2024-01-09 is before published (2024-01-10)' },
      { file: guideFile(dir, 'set-a-goal'), line: lineOf(text, 'reviewed:'), where: 'frontmatter.reviewed', message: '2023-12-31 is before published (2024-01-10)' },
    ]);
  });

  describe('changes', () => {
    const withChanges = (...entries: [string, string][]) =>
      article('set-a-goal', { fields: { changes: `\n${entries.map(([date, text]) => `  - date: ${date}\n    text: ${text}`).join('\n')}` } });

    it('loads dated changes, newest first, and none when the field is left out', () => {
      const text = withChanges(['2024-03-01', 'Added what a refund policy should say.'], ['2024-01-10', 'Fixed the name of the survey.']);
      const { guides } = loadContent(makeContent({ 'guides/set-a-goal.md': text }));
      expect(guides.find((g) => g.slug === 'set-a-goal')?.changes).toEqual([
        { date: '2024-03-01', text: 'Added what a refund policy should say.' },
        { date: '2024-01-10', text: 'Fixed the name of the survey.' },
      ]);
      expect(guides.find((g) => g.slug !== 'set-a-goal')?.changes).toEqual([]);
    });

    it('reports a change date that is not a date, naming the file, line and field', () => {
      const text = withChanges(['soon', 'Added what a refund policy should say.']);
      const dir = makeContent({ 'guides/set-a-goal.md': text });
      expect(onlyProblem(dir)).toEqual({
        file: guideFile(dir, 'set-a-goal'),
        line: lineOf(text, 'date: soon'),
        where: 'frontmatter.changes[0].date',
        message: 'expected a date like 2024-03-20, got "soon"',
      });
      expect(() => loadContent(dir)).toThrow(`set-a-goal.md:${lineOf(text, 'date: soon')}: frontmatter.changes[0].date: expected a date like 2024-03-20, got "soon"`);
    });

    it('reports a change before published, in the future, or out of order', () => {
      const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
      const text = withChanges([nextYear, 'Added what a refund policy should say.'], ['2024-01-09', 'Fixed the name of the survey.'], ['2024-02-01', 'Linked the sources to their publishers.']);
      const dir = makeContent({ 'guides/set-a-goal.md': text });
      const file = guideFile(dir, 'set-a-goal');
      expect(problemsOf(dir)).toEqual([
        { file, line: lineOf(text, `date: ${nextYear}`), where: 'frontmatter.changes[0].date', message: `${nextYear} is in the future` },
        { file, line: lineOf(text, 'date: 2024-01-09'), where: 'frontmatter.changes[1].date', message: '2024-01-09 is before published (2024-01-10)' },
        {
          file,
          line: lineOf(text, 'date: 2024-02-01'),
          where: 'frontmatter.changes[2].date',
          message: '2024-02-01 is newer than the change above it (2024-01-09); list changes newest first',
        },
      ]);
    });

    it('reports a change without its line of text', () => {
      const text = article('set-a-goal', { fields: { changes: '\n  - date: 2024-02-01' } });
      expect(onlyProblem(makeContent({ 'guides/set-a-goal.md': text }))).toMatchObject({ where: 'frontmatter.changes[0].text', message: 'is required but missing' });
    });
  });

  it('reports a date in the future', () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    const text = article('set-a-goal', { fields: { reviewed: nextYear } });
    const dir = makeContent({ 'guides/set-a-goal.md': text });
    expect(onlyProblem(dir)).toEqual({
      file: guideFile(dir, 'set-a-goal'),
      line: lineOf(text, 'reviewed:'),
      where: 'frontmatter.reviewed',
      message: `${nextYear} is in the future`,
    });
  });

  it('accepts today as a date', () => {
    const today = new Date().toISOString().slice(0, 10);
    const dir = makeContent({ 'guides/set-a-goal.md': article('set-a-goal', { fields: { updated: today, reviewed: today } }) });
    expect(() => loadContent(dir)).not.toThrow();
  });

  it('reports a YAML syntax error with its line', () => {
    const text = article('check-the-program', { fields: { tags: '[choosing' } });
    const dir = makeContent({ 'guides/check-the-program.md': text });
    const mine = problemsIn(dir, guideFile(dir, 'check-the-program'));
    expect(mine).toHaveLength(1);
    const p = mine[0] as ContentProblem;
    expect(p.where).toBe('frontmatter');
    expect(p.message).toMatch(/^YAML syntax: /);
    expect(p.line).toBeGreaterThanOrEqual(lineOf(text, 'tags:'));
    expect(p.line).toBeLessThanOrEqual(lineOf(text, 'sources:'));
  });

  it('reports a file with no frontmatter', () => {
    const dir = makeContent({ 'guides/check-the-program.md': 'Just a body, no frontmatter.\n' });
    const mine = problemsIn(dir, guideFile(dir, 'check-the-program'));
    expect(mine).toHaveLength(1);
    const p = mine[0] as ContentProblem;
    expect(p.where).toBe('frontmatter');
    expect(p.message).toMatch(/^is missing; start the file with ---/);
    expect(p.line).toBeUndefined();
  });
});

describe('loadContent: problems across articles', () => {
  it('reports a duplicate order on the later file', () => {
    const text = article('set-a-goal', { fields: { order: '2' } });
    const dir = makeContent({ 'guides/set-a-goal.md': text });
    // Files are read in name order: check-the-program.md comes before set-a-goal.md.
    expect(onlyProblem(dir)).toEqual({
      file: guideFile(dir, 'set-a-goal'),
      line: lineOf(text, 'order:'),
      where: 'frontmatter.order',
      message: `order 2 is also used by ${guideFile(dir, 'check-the-program')}`,
    });
  });

  it('reports a duplicate step and the step nobody has', () => {
    const text = article('set-a-goal', { fields: { step: '2' } });
    const dir = makeContent({ 'guides/set-a-goal.md': text });
    expect(problemsOf(dir)).toEqual([
      {
        file: guideFile(dir, 'set-a-goal'),
        line: lineOf(text, 'step:'),
        where: 'frontmatter.step',
        message: `step 2 is also used by ${guideFile(dir, 'check-the-program')}`,
      },
      {
        file: path.join(dir, 'guides'),
        where: 'step',
        message: 'no article has "step: 1"; the home page links to one article for each of steps 1 to 4',
      },
    ]);
  });

  it('reports a missing step on the guides folder', () => {
    const dir = makeContent({ 'guides/check-the-program.md': article('check-the-program', { fields: { step: undefined } }) });
    expect(onlyProblem(dir)).toEqual({
      file: path.join(dir, 'guides'),
      where: 'step',
      message: 'no article has "step: 2"; the home page links to one article for each of steps 1 to 4',
    });
  });

  it('reports a duplicate title, ignoring case', () => {
    const dir = makeContent({ 'guides/set-a-goal.md': article('set-a-goal', { fields: { title: '"STEP 2: CHECK THE PROGRAM"' } }) });
    expect(onlyProblem(dir)).toMatchObject({
      file: guideFile(dir, 'set-a-goal'),
      where: 'frontmatter.title',
      message: `title "step 2: check the program" is also used by ${guideFile(dir, 'check-the-program')}`,
    });
  });

  it('reports a file name that is not lowercase words joined by hyphens', () => {
    const extra = articleText(articleFields({ title: 'Badly named article', order: '5' }), 'Fine text.\n');
    const dir = makeContent({ 'guides/Upper_Case.md': extra });
    expect(onlyProblem(dir)).toEqual({
      file: path.join(dir, 'guides', 'Upper_Case.md'),
      where: 'file name',
      message: 'must be lowercase words joined by hyphens, like red-flags.md; it becomes the address /guides/<name>',
    });
  });

  it('reports a guides folder with no articles', () => {
    const dir = makeContent(Object.fromEntries(Object.keys(ARTICLES).map((s) => [`guides/${s}.md`, null])));
    fs.mkdirSync(path.join(dir, 'guides'), { recursive: true });
    expect(problemsOf(dir)).toContainEqual({ file: path.join(dir, 'guides'), where: 'folder', message: 'has no .md articles' });
  });
});

describe('loadContent: body problems', () => {
  /** The check-the-program article with one body line added after the first paragraph. */
  function withBodyLine(line: string): { dir: string; text: string } {
    const body = (ARTICLES['check-the-program'] as ArticleSpec).body.replace('\n\n## What to check', `\n\n${line}\n\n## What to check`);
    const text = article('check-the-program', { body });
    return { dir: makeContent({ 'guides/check-the-program.md': text }), text };
  }

  it('reports raw HTML at its line in the file, counting the frontmatter', () => {
    const { dir, text } = withBodyLine('<div class="note">Careful</div>');
    expect(onlyProblem(dir)).toEqual({
      file: guideFile(dir, 'check-the-program'),
      line: lineOf(text, '<div class="note">'),
      where: 'body',
      message: 'raw HTML is not allowed (found "<div class=\\"note\\">Careful</div>"); use Markdown',
    });
    // 12 lines of frontmatter (fences and 10 fields), a blank line, a paragraph, a blank line.
    expect(lineOf(text, '<div class="note">')).toBe(16);
  });

  it('reports a # h1 heading in the body', () => {
    const { dir, text } = withBodyLine('# A second title');
    expect(onlyProblem(dir)).toEqual({
      file: guideFile(dir, 'check-the-program'),
      line: lineOf(text, '# A second title'),
      where: 'body',
      message: 'use ## or ### headings; the page title comes from frontmatter.title',
    });
  });

  it('reports a footnote and a malformed citation', () => {
    const { dir, text } = withBodyLine('A claim[^1] and {cite: Gamma-News}.\n\n[^1]: A note.');
    expect(problemsOf(dir)).toEqual([
      { file: guideFile(dir, 'check-the-program'), line: lineOf(text, 'A claim'), where: 'body', message: 'footnotes are not supported; cite a source with {cite:source-id}' },
      { file: guideFile(dir, 'check-the-program'), line: lineOf(text, 'A claim'), where: 'body', message: 'malformed citation "{cite: Gamma-News}"; write {cite:source-id}' },
      { file: guideFile(dir, 'check-the-program'), line: lineOf(text, '[^1]: A note.'), where: 'body', message: 'footnotes are not supported; cite a source with {cite:source-id}' },
    ]);
  });

  it('reports a citation of a source that is not in sources.yaml', () => {
    const { dir, text } = withBodyLine('A new claim {cite:delta-study}.');
    expect(onlyProblem(dir)).toEqual({
      file: guideFile(dir, 'check-the-program'),
      line: lineOf(text, 'A new claim'),
      where: 'body',
      message: 'cites "delta-study", which is not in content/sources.yaml',
    });
  });

  it('reports a citation of a real source that frontmatter.sources does not list', () => {
    const { dir, text } = withBodyLine('A new claim {cite:beta-survey}.');
    expect(onlyProblem(dir)).toEqual({
      file: guideFile(dir, 'check-the-program'),
      line: lineOf(text, 'A new claim'),
      where: 'body',
      message: 'cites "beta-survey", which is missing from frontmatter.sources',
    });
  });

  it('reports a listed source that the body never cites', () => {
    const text = article('check-the-program', { fields: { sources: '\n  - gamma-news\n  - alpha-report' } });
    const dir = makeContent({ 'guides/check-the-program.md': text });
    expect(onlyProblem(dir)).toEqual({
      file: guideFile(dir, 'check-the-program'),
      line: lineOf(text, '- alpha-report'),
      where: 'frontmatter.sources[1]',
      message: '"alpha-report" is listed but never cited with {cite:alpha-report}',
    });
  });

  it('reports a listed source that is not in sources.yaml', () => {
    const text = article('check-the-program', { fields: { sources: '\n  - gamma-news\n  - no-such-source' } });
    const dir = makeContent({ 'guides/check-the-program.md': text });
    expect(onlyProblem(dir)).toEqual({
      file: guideFile(dir, 'check-the-program'),
      line: lineOf(text, '- no-such-source'),
      where: 'frontmatter.sources[1]',
      message: '"no-such-source" is not in content/sources.yaml',
    });
  });

  const badLinks: [string, string, string][] = [
    ['an article that does not exist', '/guides/no-such-article', 'link /guides/no-such-article points at /guides/no-such-article, which is not an article'],
    [
      'a heading that is not in an existing article',
      '/guides/set-a-goal#no-such-heading',
      'link /guides/set-a-goal#no-such-heading: the article /guides/set-a-goal has no heading with id "no-such-heading"',
    ],
    ['a heading that is not in this article', '#no-such-heading', 'link #no-such-heading matches no heading in this article'],
    ['a site page that does not exist', '/contact', 'link /contact points at /contact, which is not a page on this site'],
    ['a relative path', 'set-a-goal', 'link "set-a-goal" must be a site path starting with / or a full https:// address'],
    ['an http:// address', 'http://example.com/report', 'link http://example.com/report must use https://'],
    ['a javascript: URL', 'javascript:alert(1)', 'link "javascript:alert(1)" uses a scheme that is not allowed'],
  ];
  it.each(badLinks)('reports a link to %s', (_what, url, message) => {
    const { dir, text } = withBodyLine(`See [this](${url}) for more.`);
    expect(onlyProblem(dir)).toEqual({ file: guideFile(dir, 'check-the-program'), line: lineOf(text, 'See [this]'), where: 'body', message });
  });

  it('accepts links to articles, their headings, site pages, https and mailto', () => {
    const { dir } = withBodyLine(
      'See [a](/guides/set-a-goal), [b](/guides/avoid-red-flags#what-to-do), [c](/), [d](/guides), [e](#ask-questions), [f](https://example.com) and [g](mailto:editor@example.com).',
    );
    expect(() => loadContent(dir)).not.toThrow();
  });
});

describe('loadContent: sources.yaml problems', () => {
  it('reports a bad date', () => {
    const text = sourcesYaml({ 'beta-survey': { date: 'last spring' } });
    const dir = makeContent({ 'sources.yaml': text });
    expect(onlyProblem(dir)).toEqual({
      file: sourcesFile(dir),
      line: lineOf(text, 'date: last spring'),
      where: '[1](beta-survey).date',
      message: 'expected a year like 2023 or a date like 2024-03-20, got "last spring"',
    });
  });

  it('reports an impossible day', () => {
    const dir = makeContent({ 'sources.yaml': sourcesYaml({ 'gamma-news': { date: '2024-02-30' } }) });
    expect(onlyProblem(dir)).toMatchObject({ where: '[2](gamma-news).date', message: expect.stringContaining('got "2024-02-30"') });
  });

  it('reports a duplicate id at the second entry', () => {
    const text = sourcesYaml({}, [{ id: 'alpha-report', title: 'Another alpha', publisher: 'Someone', kind: 'research', noUrl: 'Not online.' }]);
    const dir = makeContent({ 'sources.yaml': text });
    const line = text.split('\n').lastIndexOf('- id: alpha-report') + 1;
    expect(line).toBeGreaterThan(lineOf(text, '- id: alpha-report'));
    expect(onlyProblem(dir)).toEqual({
      file: sourcesFile(dir),
      line,
      where: '[3](alpha-report).id',
      message: 'duplicate id "alpha-report"; every source needs its own id',
    });
  });

  it('reports an unknown kind', () => {
    const text = sourcesYaml({ 'gamma-news': { kind: 'blog-post' } });
    const dir = makeContent({ 'sources.yaml': text });
    expect(onlyProblem(dir)).toEqual({
      file: sourcesFile(dir),
      line: lineOf(text, 'kind: blog-post'),
      where: '[2](gamma-news).kind',
      message: 'expected one of "law", "guidance", "government-data", "enforcement", "standard", "research", "survey", "news", got "blog-post"',
    });
  });

  it('reports a source with neither a url nor noUrl', () => {
    const text = sourcesYaml({ 'alpha-report': { url: undefined } });
    const dir = makeContent({ 'sources.yaml': text });
    expect(onlyProblem(dir)).toEqual({
      file: sourcesFile(dir),
      line: lineOf(text, '- id: alpha-report'),
      where: '[0](alpha-report).url',
      message: 'a source needs a url (https://…) that readers can follow, or noUrl saying why there is none',
    });
  });

  it('reports a malformed url', () => {
    const text = sourcesYaml({ 'gamma-news': { url: 'https:/gamma.example.com' } });
    const dir = makeContent({ 'sources.yaml': text });
    expect(onlyProblem(dir)).toEqual({ file: sourcesFile(dir), line: lineOf(text, 'url: https:/gamma.example.com'), where: '[2](gamma-news).url', message: 'expected a full https:// address' });
  });

  it('rejects a plain http address', () => {
    const text = sourcesYaml({ 'alpha-report': { url: 'http://alpha.example.org/report' } });
    const dir = makeContent({ 'sources.yaml': text });
    expect(onlyProblem(dir)).toMatchObject({ where: '[0](alpha-report).url', message: 'expected a full https:// address' });
  });

  it('reports a survey that does not say who was asked', () => {
    const text = sourcesYaml({ 'beta-survey': { surveyed: undefined } });
    const dir = makeContent({ 'sources.yaml': text });
    expect(onlyProblem(dir)).toEqual({
      file: sourcesFile(dir),
      line: lineOf(text, '- id: beta-survey'),
      where: '[1](beta-survey).surveyed',
      message: 'a survey must say who was asked',
    });
  });

  it('reports reportedIn pointing at no source, or at itself', () => {
    const text = sourcesYaml({ 'gamma-news': { reportedIn: 'nowhere' }, 'beta-survey': { reportedIn: 'beta-survey' } });
    const dir = makeContent({ 'sources.yaml': text });
    expect(problemsOf(dir)).toEqual([
      { file: sourcesFile(dir), line: lineOf(text, 'reportedIn: beta-survey'), where: '[1](beta-survey).reportedIn', message: '"beta-survey" is not another source in this file' },
      { file: sourcesFile(dir), line: lineOf(text, 'reportedIn: nowhere'), where: '[2](gamma-news).reportedIn', message: '"nowhere" is not another source in this file' },
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const dir = makeContent({ 'sources.yaml': '- id: alpha-report\n  title: [unclosed\n' });
    const [first] = problemsOf(dir);
    expect(first).toMatchObject({ file: sourcesFile(dir), where: 'yaml' });
    expect(first?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports a missing sources.yaml once, without blaming every citation for it', () => {
    const dir = makeContent({ 'sources.yaml': null });
    const p = onlyProblem(dir);
    expect(p).toMatchObject({ file: sourcesFile(dir), where: 'file', message: expect.stringMatching(/^is missing/) });
    expect(p.line).toBeUndefined();
  });

  it('still accepts citations of well-named sources when another entry is invalid', () => {
    const dir = makeContent({ 'sources.yaml': sourcesYaml({ 'beta-survey': { kind: 'blog-post' } }) });
    expect(problemsOf(dir).map((p) => p.where)).toEqual(['[1](beta-survey).kind']);
  });
});

describe('loadContent: checklist.yaml', () => {
  const checklistFile = (dir: string) => path.join(dir, 'checklist.yaml');

  it('labels each question with the article and section its guide link points at', () => {
    const { checklist } = loadContent(makeContent());
    expect(checklist.sections.map((s) => s.id)).toEqual(['the-program']);
    expect(checklist.sections[0]?.items[0]).toMatchObject({
      id: 'provider-known',
      guide: '/guides/avoid-red-flags#warning-signs',
      guideTitle: 'Step 3: Avoid red flags',
      guideSection: 'Warning signs',
    });
  });

  it('keeps a question\'s link to one of the site\'s tools', () => {
    const { checklist } = loadContent(makeContent({ 'checklist.yaml': checklistYaml(undefined, '/tools/job-ads') }));
    expect(checklist.sections[0]?.items[0]?.tool).toBe('/tools/job-ads');
  });

  it('reports a tool link to a page that is not one of the site\'s tools', () => {
    const text = checklistYaml(undefined, '/tools/claims-checker');
    const dir = makeContent({ 'checklist.yaml': text });
    expect(onlyProblem(dir)).toEqual({
      file: checklistFile(dir),
      line: lineOf(text, 'tool:'),
      where: 'sections[0].items[0].tool',
      message: 'expected one of "/tools/program-claims", "/tools/job-ads", got "/tools/claims-checker"',
    });
  });

  it('reports a missing checklist.yaml', () => {
    const dir = makeContent({ 'checklist.yaml': null });
    expect(onlyProblem(dir)).toMatchObject({ file: checklistFile(dir), where: 'file', message: expect.stringMatching(/^is missing/) });
  });

  it('reports a guide link to a heading the article does not have', () => {
    const text = checklistYaml('/guides/avoid-red-flags#no-such-heading');
    const dir = makeContent({ 'checklist.yaml': text });
    expect(onlyProblem(dir)).toEqual({
      file: checklistFile(dir),
      line: lineOf(text, 'guide:'),
      where: 'sections[0].items[0].guide',
      message: '/guides/avoid-red-flags#no-such-heading: the article has no ## or ### heading with id "no-such-heading"',
    });
  });

  it('reports a guide link to an article that does not exist', () => {
    const text = checklistYaml('/guides/no-such-article#warning-signs');
    const dir = makeContent({ 'checklist.yaml': text });
    expect(onlyProblem(dir)).toEqual({
      file: checklistFile(dir),
      line: lineOf(text, 'guide:'),
      where: 'sections[0].items[0].guide',
      message: '/guides/no-such-article#warning-signs points at /guides/no-such-article, which is not an article',
    });
  });
});

describe('ContentError', () => {
  it('reports every problem in every file at once', () => {
    const goal = article('set-a-goal', { fields: { published: 'yesterday', description: 'Too short.' } });
    const program = article('check-the-program', {
      body: `${(ARTICLES['check-the-program'] as ArticleSpec).body}\nSee <b>this</b> and [that](/guides/nowhere) {cite:unknown-source}.\n`,
    });
    const sources = sourcesYaml({ 'gamma-news': { kind: 'blog-post' } });
    const dir = makeContent({
      'guides/set-a-goal.md': goal,
      'guides/check-the-program.md': program,
      'guides/Bad_Name.md': articleText(articleFields({ title: 'Badly named article', order: '5' }), 'Fine text.\n'),
      'sources.yaml': sources,
    });
    const error = contentError(dir);
    const summary = error.problems.map((p) => `${path.relative(dir, p.file)} ${p.where}`);
    expect(summary).toEqual([
      'sources.yaml [2](gamma-news).kind',
      'guides/Bad_Name.md file name',
      'guides/check-the-program.md body', // <b>
      'guides/check-the-program.md body', // </b>
      'guides/set-a-goal.md frontmatter.description',
      'guides/set-a-goal.md frontmatter.published',
      'guides/check-the-program.md body', // unknown source
      'guides/check-the-program.md body', // link
    ]);
    expect(error.problems).toHaveLength(8);
    expect(new Set(error.problems.map((p) => p.file)).size).toBe(4);
    expect(error.message.split('\n')[0]).toBe('8 content problems:');
  });

  it('writes one line per problem as <file>:<line>: <where>: <message>', () => {
    const text = article('check-the-program', { fields: { published: 'yesterday' } });
    const extra = articleText(articleFields({ title: 'Badly named article', order: '5' }), 'Fine text.\n');
    const dir = makeContent({ 'guides/check-the-program.md': text, 'guides/Upper_Case.md': extra });
    const error = contentError(dir);
    expect(error.name).toBe('ContentError');
    expect(error).toBeInstanceOf(Error);
    const lines = error.message.split('\n');
    expect(lines).toEqual([
      '2 content problems:',
      `${path.join(dir, 'guides', 'Upper_Case.md')}: file name: must be lowercase words joined by hyphens, like red-flags.md; it becomes the address /guides/<name>`,
      `${guideFile(dir, 'check-the-program')}:${lineOf(text, 'published:')}: frontmatter.published: expected a date like 2024-03-20, got "yesterday"`,
    ]);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\S+?(:\d+)?: [^:]+: .+$/);
  });

  it('says "1 content problem" for one', () => {
    const dir = makeContent({ 'guides/check-the-program.md': article('check-the-program', { fields: { step: undefined } }) });
    expect(contentError(dir).message.split('\n')[0]).toBe('1 content problem:');
  });

  it('shows files inside the project relative to it', () => {
    // A checked-in fixture, so the path is under the working directory.
    const dir = path.join('tests', 'unit', 'fixtures', 'bad-link');
    const error = contentError(path.resolve(dir));
    expect(error.problems).toContainEqual({
      file: 'tests/unit/fixtures/bad-link/guides/only-article.md',
      line: 16,
      where: 'body',
      message: 'link /guides/missing points at /guides/missing, which is not an article',
    });
    // Whatever else the small fixture lacks, every file is shown relative to the project.
    for (const p of error.problems) expect(p.file).toMatch(/^tests\/unit\/fixtures\/bad-link\//);
    expect(error.message).toContain('\ntests/unit/fixtures/bad-link/guides/only-article.md:16: body: link /guides/missing');
  });
});

describe('checkLink', () => {
  const headings = new Map([
    ['this-article', ['intro', 'how-it-works']],
    ['other-article', ['costs', 'costs-1']],
  ]);
  const cases: [url: string, problem: string | undefined][] = [
    ['https://example.com/page', undefined],
    ['HTTPS://EXAMPLE.COM', undefined],
    ['mailto:editor@example.com', undefined],
    ['/', undefined],
    ['/guides', undefined],
    ['/guides/', undefined],
    ['/guides/other-article', undefined],
    ['/guides/other-article/', undefined],
    ['/guides/other-article#costs-1', undefined],
    ['/guides/this-article#intro', undefined],
    ['#how-it-works', undefined],
    ['http://example.com', 'link http://example.com must use https://'],
    ['HTTP://example.com', 'link HTTP://example.com must use https://'],
    ['javascript:alert(1)', 'link "javascript:alert(1)" uses a scheme that is not allowed'],
    ['data:text/html,hi', 'link "data:text/html,hi" uses a scheme that is not allowed'],
    ['ftp://example.com/file', 'link "ftp://example.com/file" uses a scheme that is not allowed'],
    ['tel:+15555550100', 'link "tel:+15555550100" uses a scheme that is not allowed'],
    ['#nope', 'link #nope matches no heading in this article'],
    ['/guides/missing', 'link /guides/missing points at /guides/missing, which is not an article'],
    ['/guides/other-article#nope', 'link /guides/other-article#nope: the article /guides/other-article has no heading with id "nope"'],
    ['/guides/other-article#intro', 'link /guides/other-article#intro: the article /guides/other-article has no heading with id "intro"'],
    ['/contact', 'link /contact points at /contact, which is not a page on this site'],
    ['/guides#top', 'link /guides#top: fragments are only checked on article links; link to the page instead'],
    ['other-article', 'link "other-article" must be a site path starting with / or a full https:// address'],
    ['../guides/other-article', 'link "../guides/other-article" must be a site path starting with / or a full https:// address'],
    ['//evil.example/guides', 'link //evil.example/guides points at //evil.example/guides, which is not a page on this site'],
  ];
  it.each(cases)('%s → %s', (url, problem) => {
    expect(checkLink(url, 'this-article', headings)).toBe(problem);
  });
});

describe('loadContent: mistakes that once slipped through', () => {
  it('reports a month that does not exist in a source date', () => {
    const dir = makeContent({ 'sources.yaml': sourcesYaml().replace(/date: .*/, 'date: 2023-13') });
    const p = onlyProblem(dir);
    expect(p.file).toBe(sourcesFile(dir));
    expect(p.message).toBe('expected a year like 2023 or a date like 2024-03-20, got "2023-13"');
  });

  it('reports an article with broken YAML once, without blaming the articles that link to it', () => {
    const broken = article('check-the-program').replace(/^tags: .*$/m, 'tags: [choosing');
    const dir = makeContent({ 'guides/check-the-program.md': broken });
    const problems = problemsOf(dir);
    expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^YAML syntax/);
  });

  it('reads files with Windows line endings', () => {
    const crlf = article('check-the-program').replace(/\n/g, '\r\n');
    expect(() => loadContent(makeContent({ 'guides/check-the-program.md': crlf }))).not.toThrow();
  });

  it('reports an empty sources.yaml as the file, not as a blank field', () => {
    const p = onlyProblem(makeContent({ 'sources.yaml': '' }));
    expect(p.where).toBe('file');
    expect(p.message).toBe('expected a list of sources');
  });

  it('reports an empty link', () => {
    expect(checkLink('', 'a', new Map())).toBe('link has no address');
  });

  it('counts each distinct problem once in the error header', () => {
    const p: ContentProblem = { file: 'a.md', where: 'body', message: 'x', line: 1 };
    expect(new ContentError([p, p]).message).toMatch(/^1 content problem:\n/);
  });
});
