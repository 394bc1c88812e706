import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent, type Content } from '@/lib/content/load';
import { ContentError } from '@/lib/content/problems';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
const guidesDir = path.join(contentDir, 'guides');

function load(): Content {
  try {
    return loadContent(contentDir);
  } catch (error) {
    // Show the editor every problem, one per line, rather than a bare stack.
    if (error instanceof ContentError) throw new Error(error.message);
    throw error;
  }
}

/** The raw Markdown body of each article, without its frontmatter. */
function rawBodies(): { file: string; body: string }[] {
  return readdirSync(guidesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(guidesDir, file), 'utf8');
      const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
      if (!m) throw new Error(`${file} has no frontmatter`);
      return { file, body: text.slice(m[0].length) };
    });
}

/** Paragraphs, list items and table rows: the chunks a reader takes as one statement. */
function chunks(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .flatMap((block) => block.split(/\r?\n(?=\s*(?:[-*+]|\d+[.)])\s|\s*\|)/))
    .map((c) => c.trim())
    .filter(Boolean);
}

describe('the real content folder', () => {
  const content = load();

  it('loads without problems', () => {
    expect(content.guides.length).toBeGreaterThan(0);
    expect(content.sources.length).toBeGreaterThan(0);
  });

  it('has at least 6 articles, one for every .md file', () => {
    expect(content.guides.length).toBeGreaterThanOrEqual(6);
    expect(content.guides.map((g) => `${g.slug}.md`).sort()).toEqual(rawBodies().map((b) => b.file));
  });

  it('has exactly one article for each of the steps 1 to 4, in the guide order', () => {
    for (const step of [1, 2, 3, 4]) {
      expect(content.guides.filter((g) => g.step === step).map((g) => g.slug), `step ${step}`).toHaveLength(1);
    }
    const steps = content.guides.filter((g) => g.step !== undefined);
    expect(steps.map((g) => [g.step, g.slug])).toEqual([
      [1, 'know-your-career-goal'],
      [2, 'research-the-program'],
      [3, 'red-flags'],
      [4, 'before-you-sign'],
    ]);
  });

  it('gives every article a table of contents with at least 2 entries', () => {
    for (const g of content.guides) expect(g.toc.length, g.slug).toBeGreaterThanOrEqual(2);
  });

  it('has every article cite at least one source', () => {
    for (const g of content.guides) {
      expect(g.citedSources.length, g.slug).toBeGreaterThanOrEqual(1);
      expect(g.html, g.slug).toContain('<sup class="citation">');
    }
  });

  it('puts a citation in every paragraph, list item or table row that gives a percentage', () => {
    const uncited: string[] = [];
    let withFigures = 0;
    for (const { file, body } of rawBodies()) {
      for (const chunk of chunks(body)) {
        if (!/\d+(?:\.\d+)?\s?%/.test(chunk)) continue;
        withFigures++;
        if (!chunk.includes('{cite:')) uncited.push(`${file}: ${chunk.slice(0, 120)}`);
      }
    }
    // The check only means something if the articles do give figures.
    expect(withFigures).toBeGreaterThan(0);
    expect(uncited).toEqual([]);
  });

  it('splits Markdown into statements the way the figure check expects', () => {
    expect(chunks('A 10% rise{cite:a}.\n\n- 20% said yes\n- 30% said no{cite:b}\n\n| x | 40% |\n| y | 50% {cite:c} |')).toEqual([
      'A 10% rise{cite:a}.',
      '- 20% said yes',
      '- 30% said no{cite:b}',
      '| x | 40% |',
      '| y | 50% {cite:c} |',
    ]);
  });
});
