import type { Metadata } from 'next';
import { FeedbackBlock } from '@/components/feedback/FeedbackBlock';
import { LastReviewed } from '@/components/guide/LastReviewed';
import { HOME, PageFrame } from '@/components/layout/PageFrame';
import { SourceEntry } from '@/components/sources/SourceEntry';
import { getPageReviewed, getSources } from '@/lib/content';
import { sourceKinds } from '@/lib/content/sources';
import { sourceAnchor } from '@/lib/markdown/citations';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Every source we use',
  description: 'Every law, rule, data set, study, survey and news story the guide relies on, grouped by kind, with a link to each one.',
  path: '/sources',
  image: { path: '/opengraph-image', alt: 'Every source the Microcredential Guide uses' },
});

/** A heading for each kind, strongest first: the order of `sourceKinds`. */
const kindHeading: Record<(typeof sourceKinds)[number], string> = {
  law: 'Laws and rules',
  guidance: 'Official guidance',
  'government-data': 'Government data',
  enforcement: 'Enforcement cases',
  standard: 'Standards bodies',
  research: 'Research',
  survey: 'Surveys',
  news: 'News',
};

/** Every source in content/sources.yaml, grouped by kind; each entry is an anchor that articles' "known only through" lines link to. */
export default function SourcesPage() {
  const sources = getSources();
  const byId = new Map(sources.map((s) => [s.id, s]));
  const groups = sourceKinds.map((kind) => ({ kind, sources: sources.filter((s) => s.kind === kind) })).filter((g) => g.sources.length > 0);
  return (
    <div className="mx-auto max-w-3xl">
      <PageFrame trail={[HOME, { name: 'Sources', path: '/sources' }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">Every source we use</h1>
      <LastReviewed iso={getPageReviewed('/sources')} />
      <p className="mt-4 text-lg">
        Here is everything the guide relies on, {sources.length} sources in all. A law or a government table is stronger
        evidence than a survey run by a company that sells courses. So we say what kind each one is. Each article lists the
        sources it cites at the end.
      </p>
      <nav aria-labelledby="kinds-heading" className="no-print my-8 rounded border-l-4 border-zinc-400 bg-zinc-50 p-4 dark:border-zinc-500 dark:bg-zinc-900">
        <h2 id="kinds-heading" className="mb-2 text-base font-bold">Kinds of source on this page</h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {groups.map((g) => (
            <li key={g.kind}><a href={`#kind-${g.kind}`}>{kindHeading[g.kind]}</a> ({g.sources.length})</li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`kind-${g.kind}`} className="mt-10">
          <h2 id={`kind-${g.kind}`} className="text-2xl font-bold">{kindHeading[g.kind]}</h2>
          <ul className="mt-4 space-y-4">
            {g.sources.map((s) => {
              const via = s.reportedIn ? byId.get(s.reportedIn) : undefined;
              return (
                <li key={s.id} id={sourceAnchor(s.id)} className="border-l-2 border-zinc-300 pl-3 dark:border-zinc-700">
                  <SourceEntry source={s} via={via} viaHref={via ? `#${sourceAnchor(via.id)}` : undefined} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <FeedbackBlock path="/sources" />
    </div>
  );
}
