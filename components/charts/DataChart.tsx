import { formatDataValue, type DataChart } from '@/lib/content';
import { sourceAnchor } from '@/lib/markdown/citations';
import { formatPartialDate } from '@/lib/site';
import { SourceProvenance, SourceTitle, sourceKindLabel } from '../sources/SourceEntry';
import { titleNamesPublisher } from '../research/SourceLine';
import { BarChart } from './BarChart';
import { capitalise, ChartCaveat } from './SurveyChart';

/** What the values are, for the table's header and the chart's description. */
const unitWord: Record<DataChart['unit'], string> = { dollars: 'Median pay', count: 'Count', percent: 'Rate' };

/**
 * A bar's length as a share of the track: a percent is drawn as itself; dollars and counts
 * against the chart's largest value, so the longest bar fills the track.
 */
export function barLength(chart: Pick<DataChart, 'unit' | 'bars'>, value: number): number {
  if (chart.unit === 'percent') return value;
  const max = Math.max(...chart.bars.map((b) => b.value));
  return max > 0 ? Math.round((value / max) * 1000) / 10 : 0;
}

/**
 * A chart of figures that are not survey answers, as /research shows it: heading, SVG bars,
 * the same values in a table, the source linked with its date, and how much weight to give it.
 */
export function DataChartBlock({ chart }: { chart: DataChart }) {
  const headingId = `${chart.id}-heading`;
  const bars = chart.bars.map((b, i) => ({ id: `${chart.id}-${i}`, label: b.label, text: capitalise(formatDataValue(chart.unit, b)), value: barLength(chart, b.value) }));
  const description = `Bar chart. ${unitWord[chart.unit]}, from ${chart.source.publisher}. ${bars.map((b) => `${b.label}: ${b.text}.`).join(' ')}`;
  const { source, via } = chart;
  return (
    <section id={chart.id} aria-labelledby={headingId} className="chart-block mt-8 break-inside-avoid rounded border border-zinc-300 p-4 dark:border-zinc-700">
      <h3 id={headingId} className="text-xl font-bold">{chart.title}</h3>
      <figure className="mt-4">
        <div className="grid items-start gap-6 md:grid-cols-2">
          <BarChart id={chart.id} title={chart.title} description={description} bars={bars.map((b) => ({ id: b.id, value: b.value, valueText: b.text, label: b.label }))} />
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{chart.title}: the figures as a table</caption>
            <thead>
              <tr className="border-b-2 border-zinc-400 dark:border-zinc-500">
                <th scope="col" className="py-1 pr-3 font-semibold">What</th>
                <th scope="col" className="py-1 text-right font-semibold">{unitWord[chart.unit]}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.id} className="border-b border-zinc-300 align-top dark:border-zinc-700">
                  <th scope="row" className="py-1 pr-3 font-normal">{b.label}</th>
                  <td className="whitespace-nowrap py-1 text-right font-semibold tabular-nums" data-bar-id={b.id}>{b.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <figcaption className="mt-4 text-sm">
          <dl className="grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[auto_minmax(0,1fr)]">
            <dt className="font-semibold">Source</dt>
            <dd>
              <p>
                {titleNamesPublisher(source) ? '' : `${source.publisher}, `}
                <SourceTitle source={source} />. {sourceKindLabel[source.kind]}.
              </p>
              <SourceProvenance source={source} via={via} viaHref={via ? `/sources#${sourceAnchor(via.id)}` : undefined} />
            </dd>
            <dt className="font-semibold">Published</dt>
            <dd>{source.date ? formatPartialDate(source.date) : chart.year}</dd>
          </dl>
        </figcaption>
      </figure>
      <ChartCaveat text={chart.caveat} />
    </section>
  );
}
