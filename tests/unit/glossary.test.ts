import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { edit, makeContentDir, removeContentDirs } from './helpers/content-fixture';
import { problemsIn, short } from './helpers/problems';

afterEach(removeContentDirs);

const glossary = (from: string, to: string) => makeContentDir({ 'glossary.yaml': edit('glossary.yaml', from, to) });

describe('glossary.yaml', () => {
  it('loads terms A to Z, each with its anchor and source', () => {
    const { glossary: terms } = loadContent(makeContentDir());
    expect(terms.map((t) => [t.term, t.href])).toEqual([
      ['accreditation', '/glossary#accreditation'],
      ['boot camp', '/glossary#boot-camp'],
      ['digital badge', '/glossary#digital-badge'],
    ]);
    expect(terms[1]?.source?.publisher).toBe('Daily News');
    expect(terms[1]?.aliases).toEqual(['bootcamp']);
    expect(terms[1]?.linkInArticles).toBe(true);
  });

  it('reports a duplicate id, and a word that two entries claim', () => {
    const problems = problemsIn(glossary('- id: accreditation\n  term: accreditation', '- id: boot-camp\n  term: Bootcamp'));
    expect(problems.map(short)).toEqual([
      'glossary.yaml:17: [2](boot-camp).id: duplicate id "boot-camp"; every term needs its own id',
      'glossary.yaml:18: [2](boot-camp).term: "Bootcamp" is also a term or alias of "boot-camp"; a word can link to one entry only',
    ]);
  });

  it('reports a word listed twice in one entry', () => {
    const problems = problemsIn(glossary('aliases: [bootcamp]', 'aliases: [bootcamp, Boot Camp]'));
    expect(problems.map(short)).toEqual(['glossary.yaml:3: [0](boot-camp).aliases[1]: "Boot Camp" is listed twice in this entry']);
  });

  it('reports related links to a missing article, heading, kind, chart or term, and to itself', () => {
    const text = edit('glossary.yaml', 'href: /guides/set-a-goal#why-a-goal-matters', 'href: /guides/set-a-goal#why-goals')
      .replace('href: /credentials/boot-camp', 'href: /credentials/boat-camp')
      .replace('href: /glossary#digital-badge', 'href: /glossary#boot-camp')
      .replace('href: /research#views', 'href: /research#viewz');
    expect(problemsIn(makeContentDir({ 'glossary.yaml': text })).map(short)).toEqual([
      'glossary.yaml:7: [0](boot-camp).related[0].href: link /credentials/boat-camp points at /credentials/boat-camp, which is not a page on this site',
      'glossary.yaml:9: [0](boot-camp).related[1].href: links to its own entry',
      'glossary.yaml:15: [1](digital-badge).related[0].href: link /guides/set-a-goal#why-goals: the article /guides/set-a-goal has no heading with id "why-goals"',
      'glossary.yaml:21: [2](accreditation).related[0].href: link /research#viewz: the page /research has no anchor "viewz"',
    ]);
  });

  it('reports an unknown source and schema mistakes with their lines', () => {
    const problems = problemsIn(glossary('  sourceId: news-2024', '  sourceId: news-2025'));
    expect(problems.map(short)).toEqual(['glossary.yaml:5: [0](boot-camp).sourceId: "news-2025" is not in content/sources.yaml']);
    const schema = problemsIn(glossary('  definition: A check by an outside body that a school meets set standards.', '  definition: Short.\n  linkInArticles: sometimes'));
    expect(schema.map(short)).toEqual([
      'glossary.yaml:19: [2](accreditation).definition: must be at least 20 characters',
      'glossary.yaml:20: [2](accreditation).linkInArticles: expected boolean, got "sometimes"',
    ]);
  });
});

describe('glossary links in articles', () => {
  const html = (dir: string, slug: string) => loadContent(dir).guides.find((g) => g.slug === slug)?.html ?? '';

  it('links the first use of each term, plural included, and no later one', () => {
    const out = html(makeContentDir(), 'set-a-goal');
    expect(out).toContain('A <a href="/glossary#boot-camp" class="glossary-link">boot camp</a> is one option.');
    expect(out.match(/glossary#boot-camp/g)).toHaveLength(1);
    // "Boot camps" in the second paragraph is the same term, so it stays plain text.
    expect(out).toContain('Boot camps and a <a href="/glossary#digital-badge" class="glossary-link">digital badge</a> both help');
  });

  it('leaves articles alone when a term opts out', () => {
    const dir = glossary('  aliases: [bootcamp]\n', '  aliases: [bootcamp]\n  linkInArticles: false\n');
    expect(html(dir, 'set-a-goal')).not.toContain('glossary#boot-camp');
  });

  it('checks links that articles write to glossary anchors and kind pages', () => {
    const dir = makeContentDir({
      'guides/research.md': edit('guides/research.md', 'Ask whether employers helped.', 'See [badges](/glossary#badge), [camps](/credentials/boot-camp) and [views](/research#views).'),
    });
    expect(problemsIn(dir).map(short)).toEqual(['research.md:19: body: link /glossary#badge: the page /glossary has no anchor "badge"']);
  });
});

describe('every problem at once', () => {
  it('reports problems in all three data files and an article in one error', () => {
    const dir = makeContentDir({
      'glossary.yaml': edit('glossary.yaml', '  sourceId: news-2024', '  sourceId: nope'),
      'research.yaml': edit('research.yaml', 'value: 69', 'value: 690'),
      'credentials.yaml': edit('credentials.yaml', 'answer: no', 'answer: never'),
      'guides/red-flags.md': edit('guides/red-flags.md', 'Watch for promises{cite:news-2024}.', 'Watch for [promises](/credentials/nope){cite:news-2024}.'),
    });
    expect(problemsIn(dir).map((p) => p.file.split('/').slice(-1)[0]).sort()).toEqual(['credentials.yaml', 'glossary.yaml', 'red-flags.md', 'research.yaml']);
  });
});
