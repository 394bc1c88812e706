import type { Metadata } from 'next';
import { LastReviewed } from '@/components/guide/LastReviewed';
import { pageMetadata } from '@/lib/seo/metadata';
import { Link } from '@/components/layout/Link';
import { SurveyChart } from '@/components/charts/SurveyChart';
import { DataChartBlock } from '@/components/charts/DataChart';
import { HOME, PageFrame, sectionCrumb } from '@/components/layout/PageFrame';
import { titleNamesPublisher } from '@/components/research/SourceLine';
import { SourceProvenance, SourceTitle, sourceKindLabel } from '@/components/sources/SourceEntry';
import { sourceAnchor } from '@/lib/markdown/citations';
import { describeGuideLink, getPageReviewed, getResearch, type Chart, type Research, type Source } from '@/lib/content';
import { formatPartialDate } from '@/lib/site';
import { countWord } from '@/lib/words';
import { FeedbackBlock } from '@/components/feedback/FeedbackBlock';

/** How many surveys the charts draw on. */
const surveyCount = (research: Research) => new Set(research.charts.map((c) => c.source.id)).size;

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: 'What employers say',
    description: `What ${countWord(surveyCount(getResearch()))} surveys say about how employers see microcredentials, drawn as charts, with who was asked and how far to trust each number.`,
    path: '/research',
    image: { path: '/research/opengraph-image', alt: 'What employers say about microcredentials' },
  });
}

type Group = { source: Source; via?: Source | undefined; charts: Chart[]; findings: Research['findings'] };

/** Charts and findings grouped by source, in the order research.yaml first names each source. */
function bySource(research: Research): Group[] {
  const groups = new Map<string, Group>();
  const group = (source: Source, via: Source | undefined) => {
    const g = groups.get(source.id) ?? { source, via, charts: [], findings: [] };
    groups.set(source.id, g);
    return g;
  };
  for (const c of research.charts) group(c.source, c.via).charts.push(c);
  for (const f of research.findings) group(f.source, f.via).findings.push(f);
  return [...groups.values()];
}

/** "UPCEA's survey of employers (2023)"; the publisher goes in the brackets too when the title does not name it. */
function groupHeading(s: Source): string {
  const date = s.date ? formatPartialDate(s.date) : undefined;
  const inBrackets = [titleNamesPublisher(s) ? undefined : s.publisher, date].filter(Boolean).join(', ');
  return inBrackets ? `${s.title} (${inBrackets})` : s.title;
}

export default function ResearchPage() {
  const research = getResearch();
  const groups = bySource(research);
  return (
    <div className="mx-auto max-w-3xl">
      <PageFrame trail={[HOME, sectionCrumb('/research')]} />
      <h1 className="text-3xl font-bold sm:text-4xl">What employers say</h1>
      <LastReviewed iso={getPageReviewed('/research')} />
      {/* Findings first: a short intro, then the charts. What a reader needs to weigh them (how
          strong the evidence is, how to read a chart, who each survey asked) follows the charts,
          under its own heading, and the intro links to it. */}
      <p className="mt-4 text-lg">
        {countWord(surveyCount(research), { capital: true })} surveys asked employers, and in one case students too, what they think of microcredentials. Their answers are
        charted below. Treat them as a rough guide, not as proof: <a href="#about-these-sources">read how strong this
        evidence is</a>.
      </p>

      {groups.map((g) => (
        <section key={g.source.id} aria-labelledby={`${g.source.id}-group`} className="mt-10">
          <h2 id={`${g.source.id}-group`} className="text-2xl font-bold">{groupHeading(g.source)}</h2>
          {/* Charts name their source underneath; findings alone need it said once here. */}
          {g.charts.length === 0 ? (
            <div className="mt-2 space-y-1 text-sm">
              {/* No note: a note can hold figures (a report's definitions) that are not survey figures from research.yaml. */}
              <p>Source: <SourceTitle source={g.source} />. {sourceKindLabel[g.source.kind]}.</p>
              <SourceProvenance source={g.source} via={g.via} viaHref={g.via ? `/sources#${sourceAnchor(g.via.id)}` : undefined} />
            </div>
          ) : null}
          {g.charts.map((c) => <SurveyChart key={c.id} chart={c} />)}
          {g.findings.length ? (
            <div className="mt-8">
              <h3 className="text-xl font-bold">{g.charts.length ? 'What else they found' : 'What it found'}</h3>
              <ul className="mt-2 list-disc space-y-2 pl-5">
                {g.findings.map((f) => (
                  <li key={f.id} id={f.id}>
                    {f.text}
                    {f.guide ? (
                      <span className="mt-1 block text-sm">
                        Read more in the guide: <Link href={f.guide}>{describeGuideLink(f.guide) ?? 'the guide'}</Link>
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ))}

      {research.dataCharts.length ? (
        <section aria-labelledby="data-charts-heading" className="mt-10">
          <h2 id="data-charts-heading" className="text-2xl font-bold">Pay, counts and a placement claim</h2>
          <p className="mt-2">
            These figures come from government data, research and a federal case, not from surveys. In a chart of pay or counts, the longest bar fills the track. In a chart of rates, the full track is the whole group.
          </p>
          {research.dataCharts.map((c) => <DataChartBlock key={c.id} chart={c} />)}
        </section>
      ) : null}

      <section id="about-these-sources" aria-labelledby="about-heading" className="mt-12 border-t border-zinc-300 pt-6 dark:border-zinc-700">
        <h2 id="about-heading" className="text-2xl font-bold">About these sources</h2>

        <section aria-labelledby="evidence-heading" className="mt-4 border-l-4 border-amber-600 bg-amber-50 p-4 dark:border-amber-400 dark:bg-zinc-900">
          <h3 id="evidence-heading" className="mb-2 text-xl font-bold">How strong is this evidence?</h3>
          <p>Thin. Treat these numbers as a rough guide, not as proof of what a credential will do for you.</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>They report opinions, and what people say they did. They do not measure whether people who hold a credential got hired or earn more.</li>
            <li>
              We have not read either full report. We know Coursera&apos;s survey only through a news article, and we read
              UPCEA&apos;s in a short news brief. Neither quotes the questions.
            </li>
            <li>
              Coursera offers microcredentials, so its own survey comes from a provider with a stake in the answers.
            </li>
            <li>They are about microcredentials in general. They cannot tell you whether one program is any good.</li>
          </ul>
        </section>

        <section aria-labelledby="reading-heading" className="mt-8">
          <h3 id="reading-heading" className="text-xl font-bold">How to read the charts</h3>
          <p className="mt-2">
            Each bar is the share of the people asked who gave that answer. The pale track behind it stands for everyone
            asked. Under each chart, a table gives the same numbers, with the source and who was asked.
          </p>
        </section>

        <section aria-labelledby="sources-heading" className="mt-8">
          <h3 id="sources-heading" className="text-xl font-bold">Who each source covers</h3>
          <dl className="mt-2 space-y-4">
            {/* A source with nothing to say here gets no row: a <dt> needs its <dd>. */}
            {groups.filter((g) => g.source.surveyed || (g.source.note && g.source.kind === 'survey')).map((g) => (
              <div key={g.source.id}>
                <dt className="text-lg font-bold">{groupHeading(g.source)}</dt>
                {g.source.surveyed ? <dd className="mt-1"><span className="font-semibold">Who it covers:</span> {g.source.surveyed}</dd> : null}
                {/* A survey's note says how far to trust it (a stake, a missing title). Other notes can hold
                    figures, like a report's definitions, that are not survey figures from research.yaml. */}
                {g.source.note && g.source.kind === 'survey' ? <dd className="mt-1">{g.source.note}</dd> : null}
              </div>
            ))}
          </dl>
        </section>
      </section>

      <section aria-labelledby="next-heading" className="mt-12 border-t border-zinc-300 pt-6 dark:border-zinc-700">
        <h2 id="next-heading" className="text-2xl font-bold">What to do with this</h2>
        <p className="mt-2">
          Check what employers in your own field and area ask for. Job listings are a good place to start.
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li><Link href="/guides/what-employers-think">What employers think of microcredentials</Link>, in words</li>
          <li><Link href="/guides/pay-and-wage-premiums">Will a microcredential raise your pay?</Link></li>
          <li><Link href="/credentials">Kinds of credential compared</Link></li>
        </ul>
      </section>
      <FeedbackBlock path="/research" />
    </div>
  );
}
