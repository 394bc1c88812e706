import type { Metadata } from 'next';
import { PrivacyNote } from '@/components/tools/PrivacyNote';
import { ToolForm } from '@/components/tools/ToolForm';
import { sourceRef } from '@/lib/content/claim-rules';
import { getContent, getCredentialNames } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { scanJobAdsForm } from '../actions';

export const metadata: Metadata = pageMetadata({
  title: 'What do employers ask for?',
  description: 'Paste a few job ads for the job you want and count the certifications, licenses, degrees and years of experience they ask for.',
  path: '/tools/job-ads',
  image: { path: '/opengraph-image', alt: 'Microcredential Guide: is a microcredential worth it for you?' },
});

export default function JobAdsPage() {
  const caveat = getContent().sources.find((s) => s.id === 'bgi-skills-based-hiring-2024');
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold sm:text-4xl">What do employers ask for?</h1>
      <p className="text-lg">
        Paste several job ads for the job you want, from the places you would work. You will see which certifications,
        licenses and degrees they name, how many ads name each one, and how many years of experience they ask for.
      </p>
      <p>
        Five or more ads give a better picture than one or two. The count finds common credentials by name; read the ads
        yourself for any it does not know.
      </p>
      <PrivacyNote />
      <ToolForm
        name="job-ads"
        label="Count what job ads ask for"
        props={{ names: getCredentialNames(), ...(caveat ? { caveatSource: sourceRef(caveat) } : {}) }}
        action={scanJobAdsForm}
      />
    </div>
  );
}
