import type { Metadata } from 'next';
import { LastReviewed } from '@/components/guide/LastReviewed';
import { pageMetadata } from '@/lib/seo/metadata';
import { Link } from '@/components/layout/Link';
import { FactValue, factRows } from '@/components/credentials/facts';
import { HOME, PageFrame, sectionCrumb } from '@/components/layout/PageFrame';
import { getCredentialKinds, getPageReviewed, type CredentialKind } from '@/lib/content';
import { FeedbackBlock } from '@/components/feedback/FeedbackBlock';

export const metadata: Metadata = pageMetadata({
  title: 'Kinds of credential compared',
  description: 'Certificates, digital badges, boot camps, industry certifications, college certificates and employer-made certificates, side by side.',
  path: '/credentials',
  image: { path: '/credentials/opengraph-image', alt: 'Kinds of credential compared' },
});

const plural = (k: CredentialKind) => `${k.name.charAt(0).toLowerCase()}${k.name.slice(1)}s`;

/** Says which kinds the guide's sources give any length for, from the data rather than typed by hand. */
function lengthNote(kinds: CredentialKind[]): string {
  const withLength = kinds.filter((k) => k.length).map(plural);
  if (withLength.length === 0) return 'None of the sources we use gives a typical length for any kind, so ask each provider how many hours it takes.';
  return `The sources we use give a length only for ${withLength.join(' and ')}.`;
}

/** The comparison: one card per kind, the same facts in the same order, stacked on a phone. */
export default function CredentialsPage() {
  const kinds = getCredentialKinds();
  return (
    <div className="mx-auto max-w-5xl">
      <PageFrame trail={[HOME, sectionCrumb('/credentials')]} />
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold sm:text-4xl">Kinds of credential compared</h1>
        <LastReviewed iso={getPageReviewed('/credentials')} />
        <p className="mt-4 text-lg">
          A <Link href="/glossary#microcredential">microcredential</Link> takes less than a full degree to earn. Here are the
          main kinds, with who offers them and what to check.
        </p>
        <p className="mt-4">
          Whether a program carries academic credit, or stacks into something larger, depends on the program more than on
          its kind. {lengthNote(kinds)} So treat the label as a starting point, and ask each provider.
        </p>
      </div>

      {/* Wide screens get the table, phones the cards: the same facts, one shown at a time. */}
      <div className="mt-8 hidden lg:block">
        <table className="credential-table w-full border-collapse text-left align-top text-sm">
          <caption className="mb-3 text-left text-lg font-bold">
            The kinds of credential side by side
          </caption>
          <thead>
            <tr>
              <td className="border-b-2 border-zinc-400 p-2 dark:border-zinc-500" />
              {kinds.map((k) => (
                <th key={k.id} scope="col" className="border-b-2 border-zinc-400 p-2 align-bottom text-base font-bold dark:border-zinc-500">
                  <Link href={k.href}>{k.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {factRows.map((row) => (
              <tr key={row.key} className="border-b border-zinc-300 dark:border-zinc-700">
                <th scope="row" className="w-32 bg-zinc-100 p-2 align-top font-semibold dark:bg-zinc-900">{row.label}</th>
                {kinds.map((k) => (
                  <td key={k.id} className="p-2 align-top">
                    <FactValue row={row} kind={k} base={k.href} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="mt-8 grid gap-6 md:grid-cols-2 lg:hidden">
        {kinds.map((k) => (
          <li key={k.id} id={k.id} className="credential-card flex flex-col rounded border border-zinc-300 p-4 dark:border-zinc-700">
            <h2 className="text-xl font-bold">
              <Link href={k.href}>{k.name}</Link>
            </h2>
            <p className="mt-1">{k.summary}</p>
            <dl className="mt-3 space-y-2 text-sm">
              {factRows.map((row) => (
                <div key={row.key}>
                  <dt className="font-semibold">{row.label}</dt>
                  <dd><FactValue row={row} kind={k} base={k.href} /></dd>
                </div>
              ))}
              {k.examples.length ? (
                <div>
                  <dt className="font-semibold">Examples</dt>
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
      <p className="mt-6 max-w-3xl">
        <Link href="/guides/workforce-pell">Workforce Pell Grants</Link> can pay for some shorter programs, under a rule
        that took effect on July 20, 2026. Ask the school whether your exact program is approved. <Link href="/guides/pay-for-a-program">Ways to pay for a program</Link>{' '}
        covers grants, the GI Bill and help from your employer.
      </p>
      <FeedbackBlock path="/credentials" />
    </div>
  );
}
