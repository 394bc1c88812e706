import type { Metadata } from 'next';
import { HOME, PageFrame, sectionCrumb } from '@/components/layout/PageFrame';
import { JsonLd } from '@/components/seo/JsonLd';
import { getChecklist } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { Island } from '@/components/island/Island';

export const metadata: Metadata = pageMetadata({
  title: 'Compare programs',
  description: 'See your checklist answers for two or three programs side by side, with the warning signs for each.',
  path: '/checklist/compare',
  image: { path: '/checklist/opengraph-image', alt: 'Check a program before you enroll' },
  noindex: true,
});

export default function ComparePage() {
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageFrame trail={[HOME, sectionCrumb('/checklist'), { name: 'Compare programs', path: '/checklist/compare' }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">Compare programs</h1>
      <p className="text-lg">Your answers for each program, side by side. They come from the checklists saved in this browser.</p>
      <noscript>
        <p className="border-l-4 border-amber-600 p-3">
          JavaScript is off. Your checklists are kept in this browser, and the page needs JavaScript to read and compare
          them.
        </p>
      </noscript>
      <Island name="compare" props={{ checklist: getChecklist() }} />
    </div>
  );
}
