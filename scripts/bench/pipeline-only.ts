// Times only the per-article content pipeline, as benchPipeline in run.ts does: `parseGuide`
// on synthetic articles, median ms per article. Quicker than `npm run bench`, which also builds.
// Usage: npm run bench:pipeline [-- passes]   (BENCH_ARTICLES sets the corpus size, default 1,000)
import { makePipelineCorpus, median, timePipeline } from './pipeline';

const passes = Number(process.argv[2] ?? 1);
const corpus = makePipelineCorpus(Number(process.env.BENCH_ARTICLES ?? 1000));
try {
  for (let pass = 1; pass <= passes; pass++) {
    const { times, cpuMsPerArticle } = timePipeline(corpus);
    console.log(`pass ${pass}: median ${median(times).toFixed(2)} ms per article over ${times.length} articles (CPU ${cpuMsPerArticle.toFixed(2)} ms per article, mean)`);
  }
} finally {
  corpus.remove();
}
