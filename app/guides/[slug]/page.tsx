import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleMeta } from '@/components/guide/ArticleMeta';
import { ChecklistLinks } from '@/components/guide/ChecklistLinks';
import { HOME, PageFrame, sectionCrumb } from '@/components/layout/PageFrame';
import { PreviousNext } from '@/components/guide/PreviousNext';
import { SourcesList } from '@/components/guide/SourcesList';
import { TableOfContents } from '@/components/guide/TableOfContents';
import { JsonLd } from '@/components/seo/JsonLd';
import { ShareBar } from '@/components/share/ShareBar';
import { STEPS } from '@/lib/content/guides';
import { getChecklistItemsForGuide, getContent, getGuide, getGuides, getNeighbours } from '@/lib/content';
import { articleJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

type Props = { params: Promise<{ slug: string }> };

/** Only the articles that exist are pages; any other slug is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getGuides().map((g) => ({ slug: g.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  if (!guide) return {};
  return pageMetadata({
    title: guide.title,
    description: guide.description,
    path: guide.href,
    image: { path: `${guide.href}/opengraph-image`, alt: `${guide.title}: ${site.name}` },
    article: { published: guide.published, modified: guide.updated, tags: guide.tags },
  });
}

const SOURCES_ID = 'article-sources';

export default async function GuidePage({ params }: Props) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  const { previous, next } = getNeighbours(guide.slug);

  return (
    <article className="mx-auto max-w-3xl">
      <PageFrame trail={[HOME, sectionCrumb('/guides'), { name: guide.title, path: guide.href }]} />
      <JsonLd data={articleJsonLd({ title: guide.title, description: guide.description, path: guide.href, published: guide.published, modified: guide.updated })} />
      <header className="space-y-4">
        {guide.step ? <p className="font-semibold text-zinc-700 dark:text-zinc-300">Step {guide.step} of {STEPS.length}</p> : null}
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{guide.title}</h1>
        <p className="text-lg sm:text-xl">{guide.description}</p>
        <ArticleMeta guide={guide} />
        <ShareBar title={guide.title} path={guide.href} origin={site.origin} />
      </header>

      <section aria-labelledby="short-version" className="my-8 border-l-4 border-blue-700 bg-blue-50 p-4 dark:border-blue-400 dark:bg-zinc-900">
        <h2 id="short-version" className="mb-2 text-lg font-bold">The short version</h2>
        <ul className="list-disc space-y-1 pl-5">
          {guide.summary.map((point) => <li key={point}>{point}</li>)}
        </ul>
      </section>

      <TableOfContents entries={guide.toc} sourcesId={guide.citedSources.length ? SOURCES_ID : undefined} />

      {/* Rendered by lib/markdown: raw HTML is rejected and the tree is sanitised before it gets here. */}
      <div className="article-body mt-8" dangerouslySetInnerHTML={{ __html: guide.html }} />

      <ChecklistLinks items={getChecklistItemsForGuide(guide.slug)} />
      <SourcesList id={SOURCES_ID} sources={guide.citedSources} allSources={getContent().sources} />
      <PreviousNext previous={previous} next={next} />
    </article>
  );
}
