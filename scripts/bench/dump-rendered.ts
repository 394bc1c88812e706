// Writes what readers see of every article (html, toc, wordCount, plus sections and citation
// order) to a JSON file, so a change to the pipeline can be checked to render the same.
// Usage: tsx --conditions=react-server scripts/bench/dump-rendered.ts out.json
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Problems } from '../../lib/content/collect';
import { parseGuide } from '../../lib/content/guides';
import { makePipelineCorpus } from './pipeline';

const out = process.argv[2];
if (!out) throw new Error('usage: dump-rendered.ts <out.json>');
const corpus = makePipelineCorpus(1000);
try {
  const problems = new Problems();
  const dump = [...corpus.realFiles, ...corpus.syntheticFiles].flatMap((file) => {
    const parsed = parseGuide(file, problems, corpus.glossaryTerms);
    if ('unread' in parsed) return [];
    const { html, toc, wordCount, readingMinutes, headingIds, sections, citationOrder, facts, glossaryLinks } = parsed.rendered;
    return [{ file: path.basename(file), html, toc, wordCount, readingMinutes, headingIds, sections, citationOrder, facts, glossaryLinks }];
  });
  // Problem files are temp paths: keep only what was said.
  const said = problems.list.map((p) => ({ ...p, file: path.basename(p.file) }));
  writeFileSync(out, JSON.stringify({ articles: dump, problems: said }, null, 1));
  console.log(`wrote ${dump.length} articles, ${said.length} problems to ${out}`);
} finally {
  corpus.remove();
}
