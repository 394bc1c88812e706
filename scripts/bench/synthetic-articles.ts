// Generates realistic synthetic guide articles for the benchmark: frontmatter that passes
// validation, about 1,200 words each, with headings, lists, tables, internal links and
// citations of real sources. Usage: tsx scripts/bench/synthetic-articles.ts <dir> [count]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WORDS = (
  'program credential employer skills course review listing provider college certificate badge boot camp ' +
  'industry certification degree credit stack career goal job role pay wage premium survey hiring manager ' +
  'training evidence outcome quality accreditation schedule hours cost reader decision research question ' +
  'answer warning sign promise learner testimonial internship interview apprenticeship field area'
).split(' ');

/** What the benchmark's articles link to and cite (real pages and sources, so they validate). */
export const BENCH_LINK_TARGETS = ['/guides', '/guides/red-flags', '/guides/red-flags#why-do-red-flags-matter', '/checklist'];
export const BENCH_SOURCE_IDS = ['usnews-2024', 'upcea-2023', 'coursera-2023'];

/** A small seeded generator, so every run produces the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function sentence(r: () => number, words = 8 + Math.floor(r() * 10)): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(r() * WORDS.length)]);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (r: () => number, n = 4) => Array.from({ length: n }, () => sentence(r)).join(' ');

export function syntheticArticle(index: number, linkTargets: string[], sourceIds: string[]): { slug: string; text: string } {
  const r = rng(index + 1);
  const slug = `synthetic-${String(index).padStart(4, '0')}`;
  const cite = () => `{cite:${sourceIds[Math.floor(r() * sourceIds.length)]}}`;
  const link = () => `[${WORDS[Math.floor(r() * WORDS.length)]}](${linkTargets[Math.floor(r() * linkTargets.length)]})`;
  const body: string[] = [paragraph(r, 5) + cite(), ''];
  for (let h = 1; h <= 6; h++) {
    body.push(`## Section ${h}: ${sentence(r, 4).slice(0, -1)}`, '', `${paragraph(r, 6)} See ${link()} for more.${cite()}`, '');
    if (h % 2 === 0) body.push(...Array.from({ length: 4 }, () => `- ${sentence(r, 7)}`), '');
    if (h === 3) {
      body.push(`Table: ${sentence(r, 4).slice(0, -1)}`, '', '| Kind | Length | Credit |', '| --- | --- | --- |');
      for (let row = 0; row < 4; row++) body.push(`| ${sentence(r, 2)} | ${sentence(r, 3)} | ${sentence(r, 2)} |`);
      body.push('');
    }
    body.push(`### Detail ${h}`, '', `${paragraph(r, 5)}${cite()}`, '');
  }
  const front = [
    '---',
    `title: "Synthetic article ${index}: ${sentence(r, 4).slice(0, -1)}"`,
    `description: "${paragraph(r, 1).slice(0, 100).padEnd(60, ' x')}"`,
    'summary:',
    `  - ${sentence(r, 8)}`,
    `  - ${sentence(r, 8)}`,
    'published: 2024-01-10',
    'updated: 2024-02-01',
    'reviewed: 2024-03-01',
    `order: ${1000 + index}`,
    'tags: [synthetic]',
    `sources: [${sourceIds.join(', ')}]`,
    '---',
    '',
  ];
  // Cite every listed source at least once, as validation requires.
  body.push(sourceIds.map((id) => `Sources used here{cite:${id}}.`).join(' '), '');
  return { slug, text: [...front, ...body].join('\n') };
}

/** Writes `count` synthetic articles into `guidesDir`; returns their paths. */
export function writeSyntheticArticles(guidesDir: string, count: number, linkTargets: string[], sourceIds: string[]): string[] {
  mkdirSync(guidesDir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const { slug, text } = syntheticArticle(i, linkTargets, sourceIds);
    const file = path.join(guidesDir, `${slug}.md`);
    writeFileSync(file, text);
    return file;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: synthetic-articles.ts <guides dir> [count]');
  const files = writeSyntheticArticles(dir, Number(process.argv[3] ?? 1000), ['/guides/red-flags', '/guides'], ['usnews-2024', 'upcea-2023']);
  console.log(`wrote ${files.length} articles to ${dir}`);
}
