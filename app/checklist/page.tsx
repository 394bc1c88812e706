import type { Metadata } from 'next';
import { HOME, PageFrame, sectionCrumb } from '@/components/layout/PageFrame';
import { LastReviewed } from '@/components/guide/LastReviewed';
import { JsonLd } from '@/components/seo/JsonLd';
import { getChecklist, getPageReviewed } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/site';
import { ChecklistForm } from '@/components/checklist/ChecklistForm';
import { FeedbackBlock } from '@/components/feedback/FeedbackBlock';
import { checklistSummaryForm } from './actions';

export const metadata: Metadata = pageMetadata({
  title: 'Check a program before you enroll',
  description: 'Work through questions about a certificate, boot camp or badge you are considering, see the warning signs, and share or print the result.',
  path: '/checklist',
  image: { path: '/checklist/opengraph-image', alt: 'Check a program before you enroll' },
});

export default function ChecklistPage() {
  const checklist = getChecklist();
  const total = checklist.sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageFrame trail={[HOME, sectionCrumb('/checklist')]} />
      <h1 className="text-3xl font-bold sm:text-4xl">Check a program before you enroll</h1>
      <LastReviewed iso={getPageReviewed('/checklist')} />
      <p className="text-lg">
        Answer {total} questions about a program you are considering. You will see which answers are warning signs,
        which questions are still open, and what to do next.
      </p>
      <ul className="no-print list-disc space-y-1 pl-5">
        <li>With JavaScript on, your answers are saved in this browser only, and nothing is sent to us.</li>
        <li>You can check several programs, then compare them side by side.</li>
        <li>Copy a link to share your answers, or print them to take with you.</li>
      </ul>
      <noscript>
        <p className="no-print border-l-4 border-amber-600 p-3">
          JavaScript is off. You can still answer the questions below, then press “See my summary”. Your answers are then
          sent to this site to make your summary. They are not stored, so nothing is saved for next time. A link to a
          shared checklist needs JavaScript. You can also print this page from your browser’s menu and answer on paper.
        </p>
      </noscript>
      <ChecklistForm props={{ checklist, checklistUrl: absoluteUrl('/checklist') }} action={checklistSummaryForm} />
      <FeedbackBlock path="/checklist" />
    </div>
  );
}
