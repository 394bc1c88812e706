import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { Link } from '@/components/layout/Link';
import { answerText, noLengthShort } from '@/components/credentials/answers';
import { HOME, PageFrame, sectionCrumb } from '@/components/layout/PageFrame';
import { getCredentialKinds, type CredentialKind } from '@/lib/content';

export const metadata: Metadata = pageMetadata({
  title: 'Kinds of credential compared',
  description: 'Certificates, digital badges, boot camps, industry certifications, college certificates and employer-made certificates, side by side.',
  path: '/credentials',
  image: { path: '/credentials/opengraph-image', alt: 'Kinds of credential compared' },
});

const plural = (k: CredentialKind) => `${k.name.charAt(0).toLowerCase()}${k.name.slice(1)}s`;

/** Says which kinds our sources give any length for, from the data rather than typed by hand. */
function lengthNote(kinds: CredentialKind[]): string {
  const withLength = kinds.filter((k) => k.length).map(plural);
  if (withLength.length === 0) return 'Our sources give no typical length for any kind.';
  return `Our sources speak about length only for ${withLength.join(' and ')}.`;
}

/** The comparison: one card per kind, the same facts in the same order, stacked on a phone. */
export default function CredentialsPage() {
  const kinds = getCredentialKinds();
  return (
    <div className="mx-auto max-w-5xl">
      <PageFrame trail={[HOME, sectionCrumb('/credentials')]} />
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold sm:text-4xl">Kinds of credential compared</h1>
        <p className="mt-4 text-lg">
          A microcredential is any credential you can earn without finishing a full degree. Here are the main kinds, with
          who offers them and what to check.
        </p>
        <p className="mt-4">
          Whether a program carries academic credit, or stacks into something larger, depends on the program more than on
          its kind. {lengthNote(kinds)} So treat the label as a starting point, and ask each provider.
        </p>
      </div>

      <ul className="mt-8 grid gap-6 md:grid-cols-2">
        {kinds.map((k) => (
          <li key={k.id} id={k.id} className="credential-card flex flex-col rounded border border-zinc-300 p-4 dark:border-zinc-700">
            <h2 className="text-xl font-bold">
              <Link href={k.href}>{k.name}</Link>
            </h2>
            <p className="mt-1">{k.summary}</p>
            <dl className="mt-3 space-y-2 text-sm">
              <div>
                <dt className="font-semibold">Who offers it</dt>
                <dd>{k.offeredBy}</dd>
              </div>
              <div>
                <dt className="font-semibold">Can it carry academic credit?</dt>
                <dd>{answerText[k.credit.answer]}</dd>
              </div>
              <div>
                <dt className="font-semibold">Can it stack toward more?</dt>
                <dd>{answerText[k.stacks.answer]}</dd>
              </div>
              <div>
                <dt className="font-semibold">How long it takes</dt>
                <dd>{k.length?.text ?? noLengthShort}</dd>
              </div>
              {k.examples.length ? (
                <div>
                  <dt className="font-semibold">Named in our source</dt>
                  <dd>{k.examples.map((e) => e.name).join('; ')}</dd>
                </div>
              ) : null}
            </dl>
            <p className="mt-auto pt-4">
              <Link href={k.href}>
                What to check for {plural(k)}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
