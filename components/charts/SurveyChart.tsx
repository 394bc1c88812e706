import type { Chart } from '@/lib/content';
import { formatShare } from '@/lib/content';
import { BarChart } from './BarChart';
import { SourceLine } from '../research/SourceLine';

/** Everything a chart says, in words, for its <desc>: who was asked and every value. */
function describe(chart: Chart): string {
  const values = chart.figures.map((f) => `${f.label}: ${formatShare(f)}.`).join(' ');
  return `Bar chart. Share of ${chart.who.toLowerCase()} in the ${chart.source.publisher} survey of ${chart.year}, out of everyone asked. ${values}`;
}

/**
 * One survey chart as /research shows it: heading, SVG bars, the same values in a table,
 * then the source, who was asked, and how much weight the numbers can bear.
 */
export function SurveyChart({ chart }: { chart: Chart }) {
  const headingId = `${chart.id}-heading`;
  return (
    <section id={chart.id} aria-labelledby={headingId} className="chart-block mt-8 break-inside-avoid rounded border border-zinc-300 p-4 dark:border-zinc-700">
      <h3 id={headingId} className="text-xl font-bold">{chart.title}</h3>
      <figure className="mt-4">
        <div className="grid items-start gap-6 md:grid-cols-2">
          <BarChart
            id={chart.id}
            title={chart.title}
            description={describe(chart)}
            bars={chart.figures.map((f) => ({ id: f.id, value: f.value, valueText: capitalise(formatShare(f)), label: f.label }))}
          />
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{chart.title}: the figures as a table</caption>
            <thead>
              <tr className="border-b-2 border-zinc-400 dark:border-zinc-500">
                <th scope="col" className="py-1 pr-3 font-semibold">What they said or did</th>
                <th scope="col" className="py-1 text-right font-semibold">Share</th>
              </tr>
            </thead>
            <tbody>
              {chart.figures.map((f) => (
                <tr key={f.id} className="border-b border-zinc-300 align-top dark:border-zinc-700">
                  <td className="py-1 pr-3">
                    {f.label}
                    <span className="mt-0.5 block text-xs text-zinc-700 dark:text-zinc-300">Asked about: {f.asked}</span>
                  </td>
                  <td className="whitespace-nowrap py-1 text-right font-semibold tabular-nums" data-figure-id={f.id}>{capitalise(formatShare(f))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <figcaption className="mt-4 text-sm">
          <SourceLine source={chart.source} via={chart.via} year={chart.year} who={chart.who} sample={chart.sample} countries={chart.countries} />
        </figcaption>
      </figure>
      <ChartCaveat text={chart.caveat} />
    </section>
  );
}

/** How much weight a chart's numbers can bear, under every chart on /research. */
export function ChartCaveat({ text }: { text: string }) {
  return (
    <p className="mt-4 border-l-4 border-amber-600 pl-3 text-sm dark:border-amber-400">
      <strong>How much weight to give this:</strong> {text}
    </p>
  );
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
