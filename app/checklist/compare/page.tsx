import type { Metadata } from 'next';
import { CompareApp } from '@/components/checklist/CompareApp';
import { Breadcrumbs } from '@/components/guide/Breadcrumbs';
import { getChecklist } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Compare programs',
  description: 'See your checklist answers for two or three programs side by side, with the warning signs for each.',
  alternates: { canonical: '/checklist/compare' },
};

export default function ComparePage() {
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }, { href: '/checklist', label: 'Checklist' }]} current="Compare programs" />
      <h1 className="text-3xl font-bold sm:text-4xl">Compare programs</h1>
      <p className="text-lg">Your answers for each program, side by side. They come from the checklists saved in this browser.</p>
      <CompareApp checklist={getChecklist()} />
    </div>
  );
}
