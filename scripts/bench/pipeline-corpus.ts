// The corpus benchPipeline (run.ts) times: a copy of content/ plus synthetic articles, in a
// temp dir, with the glossary terms read from that copy. Shared by the pipeline-only tools.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Problems } from '../../lib/content/collect';
import { glossaryLinkTerms, readGlossary } from '../../lib/content/glossary';
import type { LinkableTerm } from '../../lib/markdown/glossary';
import { BENCH_LINK_TARGETS, BENCH_SOURCE_IDS, writeSyntheticArticles } from './synthetic-articles';

export type PipelineCorpus = {
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
  return { realFiles, syntheticFiles, glossaryTerms, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
