import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mayHaveAutolinkLiteral, remarkGfmWithoutAutolinkLiterals } from '@/lib/markdown/gfm';
import { renderMarkdown } from '@/lib/markdown/render';

const full = unified().use(remarkParse).use(remarkGfm).freeze();
const fast = unified().use(remarkParse).use(remarkGfmWithoutAutolinkLiterals).freeze();
// Parsing includes GFM's tree transforms (mdast-util-gfm-autolink-literal runs in fromMarkdown).
const parseWith = (processor: { parse: (md: string) => unknown }, md: string) => JSON.stringify(processor.parse(md));

/** A small seeded generator, so the random documents are the same on every run. */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

// Pieces that exercise every GFM construct and near misses of autolink literals: parts of
// "www", "http" and addresses, escapes, ampersands and character references.
const PIECES = [
  'word', 'w', 'ww', 'W', 'h', 'htt', 'ttp', 'tp', 's', '://', ':', '/', '.', 'example.org', '.org', '/path', '-', '+',
  'mailto', 'xmpp', '&', '& ', '&;', '\\', '\\.', '\\:', '\\/', '\\&', ' ', ' ', ' ', '\n', '\n\n', '*', '_', '~', '~~',
  '`', '[', ']', '(', ')', '<', '>', '|', '| --- |', '- ', '1. ', '- [ ] ', '- [x] ', '[^1]', '[^1]: note', '> ',
  '## ', '#', '{cite:usnews-2024}', '"', "'",
];

function randomDocument(r: () => number): string {
  const length = 1 + Math.floor(r() * 60);
  return Array.from({ length }, () => PIECES[Math.floor(r() * PIECES.length)]).join('');
}

describe('GFM without autolink literals', () => {
  it('parses exactly as remark-gfm, positions included, whenever the hint says no literal is possible', () => {
    const r = rng(42);
    let compared = 0;
    for (let i = 0; i < 1500; i++) {
      const md = randomDocument(r);
      if (mayHaveAutolinkLiteral(md)) continue;
      expect(parseWith(fast, md), md).toBe(parseWith(full, md));
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
    // 1,500 random documents through two parsers: more than vitest's 5 s on a busy machine.
  }, 60_000);

  it('parses tables, footnotes, strikethrough and task lists as remark-gfm does', () => {
    const md = [
      '| Kind | Length |',
      '| :--- | ---: |',
      '| A ~~b~~ | c |',
      '',
      '- [ ] open',
      '- [x] done',
      '',
      'Text[^note] and ~one~ ~~two~~.',
      '',
      '[^note]: A note.',
      '',
      'U.S. News & World Report said so{cite:usnews-2024}.',
    ].join('\n');
    expect(mayHaveAutolinkLiteral(md)).toBe(false);
    expect(parseWith(fast, md)).toBe(parseWith(full, md));
  });

  it('hints at every way to write an autolink literal, escaped or encoded', () => {
    const literals = [
      'see https://example.org now',
      'see HTTP://EXAMPLE.ORG now',
      'see www.example.org now',
      'see WWW.example.org now',
      'write to a@example.org',
      'write to mailto:a@example.org',
      'see www\\.example.org now',
      'write to a&#64;example.org',
      'write to a&commat;example.org',
      'see &#119;ww.example.org now',
    ];
    for (const md of literals) expect(mayHaveAutolinkLiteral(md), md).toBe(true);
  });

  it('is not hinted by a plain ampersand', () => {
    expect(mayHaveAutolinkLiteral('U.S. News & World Report')).toBe(false);
  });
});

describe('renderMarkdown still links autolink literals', () => {
  it.each([
    ['https://example.org', '<a href="https://example.org"'],
    ['www.example.org', '<a href="http://www.example.org"'],
    ['a@example.org', '<a href="mailto:a@example.org"'],
    ['a&#64;example.org', '<a href="mailto:a@example.org"'],
  ])('links %s', (literal, anchor) => {
    expect(renderMarkdown(`Go to ${literal} today.`).html).toContain(anchor);
  });
});
