import type { Metadata } from 'next';
import { PrivacyNote } from '@/components/tools/PrivacyNote';
import { ToolForm } from '@/components/tools/ToolForm';
import { getClaimRules } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { checkProgramAdForm } from '../actions';

export const metadata: Metadata = pageMetadata({
  title: 'Check a program’s ad',
  description: 'Paste a program’s ad or web page and see which promises to question, what it leaves out, and what to ask the provider.',
  path: '/tools/program-claims',
  image: { path: '/opengraph-image', alt: 'Microcredential Guide: is a microcredential worth it for you?' },
});

export default function ProgramClaimsPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold sm:text-4xl">Check a program’s ad</h1>
      <p className="text-lg">
        Paste the text of an ad, a program’s web page or an enrollment email. You will see the promises to question, the
        things an honest ad tells you that this one does not, and questions to send the provider.
      </p>
      <p>
        The check looks for words, not meaning, so it can miss a claim or flag an honest one. Treat each finding as a
        question to ask, not a verdict on the program.
      </p>
      <PrivacyNote />
      <ToolForm name="program-claims" label="Check a program’s ad" props={{ rules: getClaimRules() }} action={checkProgramAdForm} />
    </div>
  );
}
