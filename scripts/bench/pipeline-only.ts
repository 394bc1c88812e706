// Times only the per-article content pipeline, as benchPipeline in run.ts does: `parseGuide`
// on synthetic articles, median ms per article. Quicker than `npm run bench`, which also builds.
// Usage: npm run bench:pipeline [-- passes]   (BENCH_ARTICLES sets the corpus size, default 1,000)
import { Problems } from '../../lib/content/collect';
import { parseGuide } from '../../lib/content/load';
import { makePipelineCorpus } from './pipeline-corpus';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
};

const passes = Number(process.argv[2] ?? 1);
const corpus = makePipelineCorpus(Number(process.env.BENCH_ARTICLES ?? 1000));
try {
  for (let pass = 1; pass <= passes; pass++) {
    const problems = new Problems();
    const times: number[] = [];
    const cpu0 = process.cpuUsage();
    for (const file of corpus.syntheticFiles) {
      const t0 = performance.now();
      parseGuide(file, problems, corpus.glossaryTerms);
      times.push(performance.now() - t0);
    }
    // CPU time is steadier than wall time when another process shares the cores.
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / times.length;
    if (problems.list.length) throw new Error(`synthetic articles have ${problems.list.length} problems`);
    console.log(`pass ${pass}: median ${median(times).toFixed(2)} ms per article over ${times.length} articles (CPU ${cpuMs.toFixed(2)} ms per article, mean)`);
  }
} finally {
  corpus.remove();
}
