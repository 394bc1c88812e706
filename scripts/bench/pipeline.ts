// The benchmark's content pipeline step, shared by `npm run bench` (run.ts), `npm run
// bench:pipeline` and dump-rendered.ts: a copy of content/ plus synthetic articles in a temp
// dir, and the loop that times `parseGuide` on each synthetic article as the build runs it.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Problems } from '../../lib/content/collect';
import { glossaryLinkTerms, readGlossary } from '../../lib/content/glossary';
import { parseGuide } from '../../lib/content/guides';
import { formatProblem } from '../../lib/content/problems';
import type { LinkableTerm } from '../../lib/markdown/glossary';
import { BENCH_LINK_TARGETS, BENCH_SOURCE_IDS, writeSyntheticArticles } from './synthetic-articles';

export type PipelineCorpus = {
  /** The copy of content/, synthetic articles included. */
  dir: string;
  /** The real articles in the copy of content/guides. */
  realFiles: string[];
  syntheticFiles: string[];
  glossaryTerms: LinkableTerm[];
  /** Deletes the temp dir. */
  remove: () => void;
};

export function makePipelineCorpus(count: number): PipelineCorpus {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pipeline-bench-'));
  cpSync(path.join(process.cwd(), 'content'), dir, { recursive: true });
  const guides = path.join(dir, 'guides');
  const realFiles = readdirSync(guides).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(guides, f));
  const syntheticFiles = writeSyntheticArticles(guides, count, BENCH_LINK_TARGETS, BENCH_SOURCE_IDS);
  const glossaryTerms = glossaryLinkTerms(readGlossary(dir, new Problems()));
  return { dir, realFiles, syntheticFiles, glossaryTerms, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2 : NaN;
};

/**
 * One pass of `parseGuide` over the synthetic articles: the wall time of each, their words, and
 * the mean CPU time per article (steadier than wall time when another process shares the cores).
 * Throws if any synthetic article is invalid, since then the figures would mean nothing.
 */
export function timePipeline(corpus: PipelineCorpus): { times: number[]; words: number; cpuMsPerArticle: number } {
  const problems = new Problems();
  const times: number[] = [];
  let words = 0;
  const cpu0 = process.cpuUsage();
  for (const file of corpus.syntheticFiles) {
    const t0 = performance.now();
    const parsed = parseGuide(file, problems, corpus.glossaryTerms);
    times.push(performance.now() - t0);
    if (!('unread' in parsed)) words += parsed.rendered.wordCount;
  }
  const cpu = process.cpuUsage(cpu0);
  if (problems.list.length) throw new Error(`synthetic articles are invalid:\n${problems.list.map(formatProblem).join('\n')}`);
  return { times, words, cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / Math.max(times.length, 1) };
}
