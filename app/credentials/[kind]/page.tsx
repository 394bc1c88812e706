import type { Metadata } from 'next';
import { LastReviewed } from '@/components/guide/LastReviewed';
import { Link } from '@/components/layout/Link';
import { notFound } from 'next/navigation';
import { answerText, noLength } from '@/components/credentials/answers';
import { FactValue, factRows } from '@/components/credentials/facts';
import { HOME, PageFrame, sectionCrumb } from '@/components/layout/PageFrame';
import { SourcesList } from '@/components/guide/SourcesList';
import { describeGuideLink, formatShare, getContent, getCredentialKind, getCredentialKinds, getPageReviewed } from '@/lib/content';
import { sourceAnchor } from '@/lib/markdown/citations';
import { site } from '@/lib/site';
import { JsonLd } from '@/components/seo/JsonLd';
import { pageMetadata } from '@/lib/seo/metadata';
import { FeedbackBlock } from '@/components/feedback/FeedbackBlock';

type Props = { params: Promise<{ kind: string }> };

/** Only the kinds in content/credentials.yaml are pages; any other address is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getCredentialKinds().map((k) => ({ kind: k.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = getCredentialKind((await params).kind);
  if (!kind) return {};
  return pageMetadata({
    title: kind.name,
    description: kind.summary,
    path: kind.href,
    image: { path: '/credentials/opengraph-image', alt: `Kinds of credential: ${site.name}` },
  });
}

const CHECKLIST = '/checklist';

const SOURCES_ID = 'kind-sources';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export default async function CredentialKindPage({ params }: Props) {
  const kind = getCredentialKind((await params).kind);
  if (!kind) notFound();
  const lower = lowerFirst(kind.name);
  const others = getCredentialKinds().filter((k) => k.id !== kind.id);

  return (
    <article className="mx-auto max-w-3xl">
      <PageFrame trail={[HOME, sectionCrumb('/credentials'), { name: kind.name, path: kind.href }]} />
      <header className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{kind.name}</h1>
        <LastReviewed iso={getPageReviewed(kind.href)} />
        <p className="text-lg sm:text-xl">{kind.definition}</p>
      </header>

      <section aria-labelledby="glance-heading" className="my-8 border-l-4 border-blue-700 bg-blue-50 p-4 dark:border-blue-400 dark:bg-zinc-900">
        <h2 id="glance-heading" className="mb-2 text-lg font-bold">At a glance</h2>
        <dl className="space-y-3">
          <div>
            <dt className="font-semibold">Who offers it</dt>
            <dd>{kind.offeredBy}</dd>
          </div>
          <div>
            <dt className="font-semibold">Can it carry academic credit?</dt>
            <dd>{answerText[kind.credit.answer]}. {kind.credit.note}</dd>
          </div>
          <div>
            <dt className="font-semibold">Can it stack toward more?</dt>
            <dd>{answerText[kind.stacks.answer]}. {kind.stacks.note}</dd>
          </div>
          <div>
            <dt className="font-semibold">How long it takes</dt>
            <dd>
              {kind.length ? kind.length.text : `${noLength} Ask the provider how many hours it takes, and check that this fits what it promises.`}
            </dd>
          </div>
          {factRows.filter((row) => row.sourced).map((row) => (
            <div key={row.key}>
              <dt className="font-semibold">{row.label}</dt>
              <dd><FactValue row={row} kind={kind} base="" /></dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading" className="text-2xl font-bold">What to check for {lower}s</h2>
        <ol className="mt-4 list-decimal space-y-4 pl-6">
          {kind.checks.map((c) => {
            const label = c.guide ? describeGuideLink(c.guide) : undefined;
            return (
              <li key={c.text} className="pl-1">
                <p>{c.text}</p>
                {c.guide && label ? (
                  <p className="mt-1 text-sm">
                    Read more: <Link href={c.guide}>{label}</Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
        <p className="mt-6 font-semibold">
          <Link href={CHECKLIST}>Check {/^[aeiou]/.test(lower) ? 'an' : 'a'} {lower} you are considering with the checklist</Link>
        </p>
      </section>

      {kind.examples.length ? (
        <section aria-labelledby="examples-heading" className="mt-10">
          <h2 id="examples-heading" className="text-2xl font-bold">Examples</h2>
          <ul className="mt-4 space-y-3">
            {kind.examples.map((e) => (
              <li key={e.name}>
                <span className="font-semibold">{e.name}.</span> {e.text}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">Naming a provider is not a recommendation. Check every program the same way.</p>
        </section>
      ) : null}

      {kind.figures.length ? (
        <section aria-labelledby="figures-heading" className="mt-10">
          <h2 id="figures-heading" className="text-2xl font-bold">What surveys say</h2>
          <ul className="mt-4 space-y-4">
            {kind.figures.map((f) => (
              <li key={f.id} className="rounded border border-zinc-300 p-4 dark:border-zinc-700">
                <p>
                  <span className="mr-2 text-2xl font-bold" data-figure-id={f.id}>{capitalise(formatShare(f))}</span>
                  <span className="font-semibold">{f.label}</span>
                </p>
                <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                  Who was asked: {f.who}. Asked about: {lowerFirst(f.asked)} Source:{' '}
                  <a href={`${kind.sources.some((s) => s.id === f.source.id) ? '' : '/sources'}#${sourceAnchor(f.source.id)}`}>{f.source.publisher} survey, {f.year}</a>.
                </p>
                <p className="mt-2 text-sm">{f.why}</p>
                <p className="mt-1 text-sm">
                  {/* Each link names its figure: a page can have several, all with the same visible text. */}
                  <Link href={`/research#${f.chartId}`}>
                    See this figure in its chart on What employers say<span className="sr-only"> ({formatShare(f)} {lowerFirst(f.label)})</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="read-heading" className="mt-10">
        <h2 id="read-heading" className="text-2xl font-bold">Read next</h2>
        <ul className="mt-4 list-disc space-y-1 pl-5">
          {kind.guides.map((g) => (
            <li key={g.href}><Link href={g.href}>{g.label}</Link></li>
          ))}
          <li>
            <Link href={CHECKLIST}>The checklist before you enroll</Link>
          </li>
          <li><Link href="/guides">The whole guide, in reading order</Link></li>
        </ul>
      </section>

      <SourcesList id={SOURCES_ID} sources={kind.sources} allSources={getContent().sources} />

      <nav aria-labelledby="other-kinds" className="no-print mt-12 border-t border-zinc-300 pt-6 dark:border-zinc-700">
        <h2 id="other-kinds" className="text-lg font-bold">Other kinds of credential</h2>
        <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
          {others.map((k) => <li key={k.id}><Link href={k.href}>{k.name}</Link></li>)}
          <li><Link href="/credentials">All kinds compared</Link></li>
        </ul>
      </nav>
      <FeedbackBlock path={kind.href} />
    </article>
  );
}
