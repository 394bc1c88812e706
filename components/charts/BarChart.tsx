import { CHART, layoutBars } from './layout';

export type Bar = {
  /** Stable id, used for test hooks. */
  id: string;
  /** 0 to 100: the bar's length as a share of the full track. */
  value: number;
  /** The value as the site writes it: "46%", "more than 70%". */
  valueText: string;
  label: string;
};

/**
 * A horizontal bar chart drawn on the server as SVG: no client JavaScript. Each bar sits on a
 * full-width track that stands for everyone asked. The chart is one image to assistive
 * technology, named by its <title> and described, with every value, by its <desc>; pages
 * also show the values as text. Lengths are percentages of the chart's width, and labels are
 * wrapped to fit a 320 px phone, so the text never shrinks with the chart.
 */
export function BarChart({ id, title, description, bars }: { id: string; title: string; description: string; bars: Bar[] }) {
  const { rows, height } = layoutBars(bars);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      width="100%"
      height={height}
      className="bar-chart block overflow-visible"
      data-chart={id}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {rows.map((row, i) => {
        const bar = bars[i] as Bar;
        return (
          <g key={bar.id} data-figure-id={bar.id}>
            <text y={row.textY} fontSize={CHART.fontSize} className="chart-text fill-zinc-900 dark:fill-zinc-100">
              {row.lines.map((line, l) => (
                <tspan key={l} x={0} dy={l === 0 ? 0 : CHART.lineHeight}>
                  {l === 0 ? (
                    <>
                      <tspan fontWeight={700}>{bar.valueText}</tspan>{' '}
                    </>
                  ) : null}
                  {line}
                </tspan>
              ))}
            </text>
            <rect x={0} y={row.barY} width="100%" height={CHART.barHeight} className="chart-track fill-zinc-200 dark:fill-zinc-700" />
            <rect x={0} y={row.barY} width={`${row.percent}%`} height={CHART.barHeight} className="chart-bar fill-blue-700 dark:fill-blue-400" />
          </g>
        );
      })}
    </svg>
  );
}
