import type { Metadata } from 'next';
import { HOME, PageFrame, sectionCrumb } from '@/components/layout/PageFrame';
import { GuideList } from '@/components/guide/GuideList';
import { JsonLd } from '@/components/seo/JsonLd';
import { getGuides } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'The guide',
  description: 'Every article in the guide, in reading order: what microcredentials are, what employers think, the pay evidence, the four steps to choose well, and how to pay for a program.',
  path: '/guides',
  image: { path: '/guides/opengraph-image', alt: 'The guide: every article in reading order' },
});

export default function GuidesPage() {
  const guides = getGuides();
  return (
    <div className="mx-auto max-w-3xl">
      <PageFrame trail={[HOME, sectionCrumb('/guides')]} />
      <h1 className="text-3xl font-bold sm:text-4xl">The guide</h1>
      <p className="mb-8 mt-4 text-lg">
        {guides.length} short articles, in the order we suggest you read them. Each one says when it was last checked
        and where its figures come from.
      </p>
      <GuideList guides={guides} />
    </div>
  );
}
