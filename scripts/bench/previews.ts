// `npx tsx --conditions=react-server scripts/bench/previews.ts [count] [module]`: how long one
// link preview takes to draw (lib/seo/preview-image, or another module with the same
// `previewPng`), the first in a fresh process and the median of the rest, with the PNG's size.
// Previews are drawn on request, once per article per server process.
const count = Number(process.argv[2] ?? 40);
const { previewPng } = (await import(process.argv[3] ?? '../../lib/seo/preview-image')) as { previewPng: (title: string, kicker?: string) => Promise<Uint8Array> };
const titles = ['Is a microcredential worth it for you?', 'Watch for red flags', 'What employers think of microcredentials', 'Credentials made by employers: what to check before you pay for one'];
const times: number[] = [];
let bytes = 0;
const t0 = performance.now();
await previewPng(titles[0] as string, 'Guide');
const first = performance.now() - t0;
for (let i = 0; i < count; i++) {
  const t = performance.now();
  // A different title each time, as each article's preview is drawn once.
  const png = await previewPng(`${titles[i % titles.length]} ${i}`, i % 2 ? 'Step 2 of 3' : 'Guide');
  times.push(performance.now() - t);
  bytes += png.byteLength;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] as number;
console.log(JSON.stringify({ firstMs: Math.round(first), medianMs: Math.round(median * 10) / 10, p90Ms: Math.round((times[Math.floor(times.length * 0.9)] as number) * 10) / 10, meanKB: Math.round(bytes / count / 1024), rssMB: Math.round(process.memoryUsage().rss / 2 ** 20) }));
export {};
