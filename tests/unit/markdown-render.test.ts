import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown/render';

/** Every `<hN id="...">` in the HTML, in document order. */
function headingIdsIn(html: string): { rank: number; id: string }[] {
  return [...html.matchAll(/<h([1-6]) id="([^"]*)"/g)].map((m) => ({ rank: Number(m[1]), id: m[2] as string }));
}

/** The opening `<a ...>` tag whose href is exactly `href`, or undefined. */
function anchorTag(html: string, href: string): string | undefined {
  return [...html.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`href="${href}"`));
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('renderMarkdown: headings and table of contents', () => {
  const md = [
    '## Hello world',
    '',
    'Some text.',
    '',
    '## Hello world',
    '',
    '### Sub *part* `code`',
    '',
    '#### Too deep for the contents',
    '',
    '## Hello world',
  ].join('\n');
  const r = renderMarkdown(md);

  it('gives headings github-slugger ids, numbering duplicates -1, -2', () => {
    expect(headingIdsIn(r.html)).toEqual([
      { rank: 2, id: 'hello-world' },
      { rank: 2, id: 'hello-world-1' },
      { rank: 3, id: 'sub-part-code' },
      { rank: 4, id: 'too-deep-for-the-contents' },
      { rank: 2, id: 'hello-world-2' },
    ]);
    expect(r.headingIds).toEqual(['hello-world', 'hello-world-1', 'sub-part-code', 'too-deep-for-the-contents', 'hello-world-2']);
  });

  it('uses the same ids github-slugger gives for awkward heading text', () => {
    const texts = ['Über uns', 'C++ & C#', '2024', 'What’s a “badge”?', 'Hello', 'Hello'];
    const slugger = new GithubSlugger();
    const expected = texts.map((t) => slugger.slug(t));
    const out = renderMarkdown(texts.map((t) => `## ${t}`).join('\n\n'));
    expect(out.headingIds).toEqual(expected);
    expect(out.toc.map((e) => e.id)).toEqual(expected);
    expect(expected.slice(-2)).toEqual(['hello', 'hello-1']);
  });

  it('lists only ## and ### headings in the TOC, with plain text and depth', () => {
    expect(r.toc).toEqual([
      { id: 'hello-world', text: 'Hello world', depth: 2 },
      { id: 'hello-world-1', text: 'Hello world', depth: 2 },
      { id: 'sub-part-code', text: 'Sub part code', depth: 3 },
      { id: 'hello-world-2', text: 'Hello world', depth: 2 },
    ]);
  });

  it('gives TOC ids that match the ## and ### ids in the HTML exactly', () => {
    const inHtml = headingIdsIn(r.html).filter((h) => h.rank === 2 || h.rank === 3).map((h) => h.id);
    expect(r.toc.map((e) => e.id)).toEqual(inHtml);
  });

  it('puts a self-link beside every heading, naming its section', () => {
    for (const id of r.headingIds) {
      const tag = anchorTag(r.html, `#${id}`);
      expect(tag, `anchor for #${id}`).toBeDefined();
      expect(tag).toContain('class="heading-anchor"');
    }
    // Beside its heading, not inside it: the heading's accessible name stays its own text.
    expect(r.html).toMatch(
      /<div class="heading-group"><h2 id="hello-world-1">Hello world<\/h2><a class="heading-anchor" href="#hello-world-1">[\s\S]*?Link to the section “Hello world”<\/span><\/a><\/div>/,
    );
    expect(r.html.match(/class="heading-anchor"/g)).toHaveLength(5);
  });

  it('does not put the anchor text into the TOC', () => {
    expect(r.toc.every((e) => !e.text.includes('#') && !e.text.includes('Link to this section'))).toBe(true);
  });

  it('has no TOC when there are no ## or ### headings', () => {
    expect(renderMarkdown('Just a paragraph.\n\n#### Small heading').toc).toEqual([]);
  });
});

describe('renderMarkdown: GFM and links', () => {
  it('renders GFM tables with a caption, column and row headers, in a named scrollable region', () => {
    const { html, facts } = renderMarkdown('Table: What to ask about each *red flag*\n\n| Red flag | What to ask |\n| --- | --- |\n| No outside check | Who accredits it? |');
    expect(facts.mistakes).toEqual([]);
    expect(html).toMatch(/^<div class="table-scroll" role="region" tabindex="0" aria-labelledby="table-caption.1"><table><caption id="table-caption.1">What to ask about each <em>red flag<\/em><\/caption>/);
    expect(html).not.toContain('Table:');
    expect(html).toMatch(/<th scope="col">Red flag<\/th>\s*<th scope="col">What to ask<\/th>/);
    expect(html).toMatch(/<th scope="row">No outside check<\/th>\s*<td>Who accredits it\?<\/td>/);
  });

  it('takes a caption that starts with a link or emphasis, or sits in a tight list, and only a plain "Table: " line', () => {
    const linked = renderMarkdown('Table: [Kinds](/credentials) by *length*\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(linked.facts.mistakes).toEqual([]);
    expect(linked.html).toContain('<caption id="table-caption.1"><a href="/credentials">Kinds</a> by <em>length</em></caption>');
    const listed = renderMarkdown('- Table: Pay by kind\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |');
    expect(listed.facts.mistakes).toEqual([]);
    expect(listed.html).toContain('<caption id="table-caption.1">Pay by kind</caption>');
    expect(listed.html).not.toContain('Table:');
    const bold = renderMarkdown('**Table:** Pay by kind\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(bold.facts.mistakes.map((m) => m.message)).toEqual(['a table needs a caption: put a line "Table: what the table shows" just above it']);
    expect(bold.html).not.toContain('<caption');
  });

  it('gives captions ids that no heading can have', () => {
    const { html, headingIds } = renderMarkdown('## Table caption 1\n\nTable: Pay\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(headingIds).toEqual(['table-caption-1']);
    expect(html).toContain('aria-labelledby="table-caption.1"');
  });

  it('reports a table without a caption line, and still names its region', () => {
    const r = renderMarkdown('Some text.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nTable: The second table\n\n| c | d |\n| - | - |\n| 3 | 4 |');
    expect(r.facts.mistakes).toEqual([
      { line: 3, message: 'a table needs a caption: put a line "Table: what the table shows" just above it' },
    ]);
    expect(r.html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Table"><table>');
    expect(r.html).toContain('<caption id="table-caption.2">The second table</caption>');
  });

  it('marks external https links with rel and a hidden "(external site)" note', () => {
    const { html } = renderMarkdown('Read [the report](https://example.com/report).');
    const tag = anchorTag(html, 'https://example.com/report');
    expect(tag).toBeDefined();
    expect(tag).toContain('rel="external noopener noreferrer"');
    expect(html).toContain('the report<span class="sr-only"> (external site)</span></a>');
  });

  it('leaves internal and same-page links alone', () => {
    const { html } = renderMarkdown('See [step 2](/guides/research-the-program), [the list](/guides) and [below](#below).');
    for (const href of ['/guides/research-the-program', '/guides', '#below']) {
      const tag = anchorTag(html, href);
      expect(tag, href).toBeDefined();
      expect(tag).not.toContain('rel=');
      expect(tag).not.toContain('external');
    }
    expect(html).not.toContain('(external site)');
  });
});

describe('renderMarkdown: word count and reading time', () => {
  it('counts the words a reader reads', () => {
    expect(renderMarkdown('One two three.\n\n- four\n- five').wordCount).toBe(5);
  });

  it('does not count {cite:x} markers as words', () => {
    // Markers between words, glued to a word, and ending a paragraph.
    const r = renderMarkdown('One two {cite:a} three{cite:b} four\n\nFive {cite:a}{cite:b}');
    expect(r.wordCount).toBe(5);
    expect(r.wordCount).toBe(renderMarkdown('One two three four\n\nFive').wordCount);
  });

  it('does not count heading anchors or the external-link note as words', () => {
    expect(renderMarkdown('## Title\n\nRead [this](https://example.com).').wordCount).toBe(3);
  });

  it('reads at about 200 words a minute, never less than 1 minute', () => {
    expect(renderMarkdown('').readingMinutes).toBe(1);
    expect(renderMarkdown('Short.').readingMinutes).toBe(1);
    expect(renderMarkdown(words(200)).readingMinutes).toBe(1);
    const r = renderMarkdown(words(1000));
    expect(r.wordCount).toBe(1000);
    expect(r.readingMinutes).toBe(5);
    expect(renderMarkdown(words(600)).readingMinutes).toBe(3);
    expect(renderMarkdown(words(2000)).readingMinutes).toBe(10);
  });
});

describe('renderMarkdown: citations', () => {
  const md = 'First claim {cite:a}. Second claim {cite:b}.\n\nThird claim {cite:a}.';
  const r = renderMarkdown(md);
  const marks = [...r.html.matchAll(/<sup class="citation"><a href="#([^"]+)"><span class="sr-only">Source <\/span>(\d+)<\/a><\/sup>/g)]
    .map((m) => ({ href: m[1], n: Number(m[2]) }));

  it('numbers sources in the order they are first cited, reusing numbers', () => {
    expect(marks).toEqual([
      { href: 'source-a', n: 1 },
      { href: 'source-b', n: 2 },
      { href: 'source-a', n: 1 },
    ]);
    expect(r.citationOrder).toEqual(['a', 'b']);
  });

  it('removes the {cite:...} markers from the HTML', () => {
    expect(r.html).not.toContain('{cite:');
  });

  it('puts the mark right after the word, without a space before it', () => {
    expect(r.html).toContain('First claim<sup class="citation">');
  });

  it('leaves {cite:x} inside inline code and fenced code as text', () => {
    const out = renderMarkdown('Real {cite:a}.\n\nWrite `{cite:inline}` to cite.\n\n```\n{cite:fenced}\n```');
    expect(out.citationOrder).toEqual(['a']);
    expect(out.html).toContain('<code>{cite:inline}</code>');
    expect(out.html).toMatch(/<pre><code>\{cite:fenced\}\n<\/code><\/pre>/);
    expect(out.html).not.toContain('#source-inline');
    expect(out.html).not.toContain('#source-fenced');
    expect(out.facts.citations.map((c) => c.id)).toEqual(['a']);
  });
});

describe('renderMarkdown: facts for content checks', () => {
  it('collects links with their line numbers', () => {
    const md = [
      'Intro with [a link](https://example.com/a).', // 1
      '',
      'Then [an article](/guides/red-flags#why) and', // 3
      '![a picture](/pic.png).', // 4
      '',
      '[ref]: https://example.com/ref', // 6
    ].join('\n');
    expect(renderMarkdown(md).facts.links).toEqual([
      { url: 'https://example.com/a', line: 1 },
      { url: '/guides/red-flags#why', line: 3 },
      { url: '/pic.png', line: 4 },
      { url: 'https://example.com/ref', line: 6 },
    ]);
  });

  it('collects citations with their line numbers', () => {
    const md = ['First {cite:alpha}.', '', '- item {cite:beta}', '- item', '', 'Again {cite:alpha}.'].join('\n');
    expect(renderMarkdown(md).facts.citations).toEqual([
      { id: 'alpha', line: 1 },
      { id: 'beta', line: 3 },
      { id: 'alpha', line: 6 },
    ]);
  });

  it('reports raw HTML as a mistake, with its line, and drops it from the HTML', () => {
    const r = renderMarkdown('Fine.\n\n<div class="box">Boxed</div>\n\nAnd <b>bold</b> inline.');
    const html = r.facts.mistakes.filter((m) => m.message.startsWith('raw HTML is not allowed'));
    expect(html.map((m) => m.line)).toEqual([3, 5, 5]);
    expect(html[0]?.message).toBe('raw HTML is not allowed (found "<div class=\\"box\\">Boxed</div>"); use Markdown');
    expect(r.html).not.toContain('<div');
    expect(r.html).not.toContain('<b>');
  });

  it('reports a # h1 heading as a mistake', () => {
    expect(renderMarkdown('Intro.\n\n# Big title\n\n## Fine').facts.mistakes).toEqual([
      { line: 3, message: 'use ## or ### headings; the page title comes from frontmatter.title' },
    ]);
  });

  it('reports GFM footnotes, both reference and definition', () => {
    expect(renderMarkdown('A claim.[^1]\n\n[^1]: The note.').facts.mistakes).toEqual([
      { line: 1, message: 'footnotes are not supported; cite a source with {cite:source-id}' },
      { line: 3, message: 'footnotes are not supported; cite a source with {cite:source-id}' },
    ]);
  });

  it('reports malformed citations and does not count them as citations', () => {
    const r = renderMarkdown('Good {cite:ok}.\n\nBad {cite: Bad} and {cite:Upper} and {cite:open');
    expect(r.facts.citations).toEqual([{ id: 'ok', line: 1 }]);
    expect(r.facts.mistakes).toEqual([
      { line: 3, message: 'malformed citation "{cite: Bad}"; write {cite:source-id}' },
      { line: 3, message: 'malformed citation "{cite:Upper}"; write {cite:source-id}' },
      { line: 3, message: 'malformed citation "{cite:open"; write {cite:source-id}' },
    ]);
    expect(r.citationOrder).toEqual(['ok']);
  });

  it('reports nothing for clean Markdown', () => {
    const r = renderMarkdown('## Heading\n\nText {cite:a} with [a link](/guides).\n\nTable: Letters and numbers\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(r.facts.mistakes).toEqual([]);
  });
});

describe('renderMarkdown: citations in awkward places', () => {
  it('does not count the punctuation after a citation as a word', () => {
    expect(renderMarkdown('One two three{cite:b}.').wordCount).toBe(3);
  });

  it('gives the line of a citation inside a paragraph that spans lines', () => {
    const { facts } = renderMarkdown('First line\nsecond line {cite:c}\nthird {cite: Bad}');
    expect(facts.citations).toEqual([{ id: 'c', line: 2 }]);
    expect(facts.mistakes).toEqual([{ line: 3, message: 'malformed citation "{cite: Bad}"; write {cite:source-id}' }]);
  });

  it('reports a citation inside a heading or a link instead of rendering it there', () => {
    const { facts } = renderMarkdown('## Title {cite:a}\n\nSee [docs {cite:b}](https://e.com).');
    expect(facts.citations).toEqual([]);
    expect(facts.mistakes.map((m) => m.line)).toEqual([1, 3]);
    expect(facts.mistakes[0]?.message).toMatch(/inside a heading/);
    expect(facts.mistakes[1]?.message).toMatch(/inside a link/);
  });
});
