import type { Metadata } from 'next';
import { Link } from '@/components/layout/Link';
import { getCredentialKinds, getGuides, getStepGuides } from '@/lib/content';
import { countWord } from '@/lib/words';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Is a microcredential worth it for you? | Microcredential Guide',
  absoluteTitle: true,
  description: 'A plain guide to certificates, digital badges, boot camps and industry certifications: when one is worth it, and how to spot a bad program.',
  path: '/',
  image: { path: '/opengraph-image', alt: 'Microcredential Guide: is a microcredential worth it for you?' },
});

export default function HomePage() {
  const steps = getStepGuides();
  const [first] = getGuides();
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Is a microcredential worth it for you?</h1>
        <p className="text-lg sm:text-xl">
          Certificates, digital badges, boot camps and industry certifications promise new skills in months, not years.
          Some are worth your time and money. Some are not.
        </p>
        <p>
          This guide helps you decide before you pay. It explains what the research says, what employers think, and the
          questions to ask a provider. Every figure is numbered and linked to its source in the list at the end of each article.
        </p>
      </section>

      {/* First, for someone who has never heard the word: the steps assume they know what one is. */}
      {first ? (
        <section aria-labelledby="start-heading" className="space-y-3 border-l-4 border-blue-700 bg-blue-50 p-4 dark:border-blue-400 dark:bg-zinc-900">
          <h2 id="start-heading" className="text-2xl font-bold">Where to start</h2>
          <p>
            New to this? Start with <Link href={first.href}>{first.title}</Link>. It takes about {first.readingMinutes}{' '}
            minutes.
          </p>
          <p>
            Or <Link href="/guides">see every article in the guide</Link>.
          </p>
        </section>
      ) : null}

      <section aria-labelledby="steps-heading" className="space-y-4">
        <h2 id="steps-heading" className="text-2xl font-bold">Four steps before you enroll</h2>
        <ol className="space-y-4">
          {steps.map((g) => (
            <li key={g.slug} className="rounded border border-zinc-300 p-4 dark:border-zinc-700">
              <p className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">Step {g.step}</p>
              <h3 className="text-xl font-bold">
                <Link href={g.href}>{g.title.replace(/^Step \d:\s*/, '')}</Link>
              </h3>
              <p className="mt-1">{g.description}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="checklist-heading" className="space-y-3 rounded border-2 border-blue-700 p-4 dark:border-blue-400">
        <h2 id="checklist-heading" className="text-2xl font-bold">Checking a program now?</h2>
        <p>
          Use the pre-enrollment checklist. Answer questions about the program, see the warning signs, and share or print
          the result. Your answers stay in your browser.
        </p>
        <p>
          <Link href="/checklist" className="font-semibold">Check a program before you enroll</Link>
        </p>
      </section>

      <section aria-labelledby="tools-heading" className="space-y-3">
        <h2 id="tools-heading" className="text-2xl font-bold">Check it yourself</h2>
        <ul className="list-disc space-y-2 pl-5">
          <li>
            <Link href="/tools/program-claims">Check a program’s ad</Link>: paste an ad and see the promises to question and
            what it leaves out.
          </li>
          <li>
            <Link href="/tools/job-ads">What do employers ask for?</Link>: paste a few job ads and count the credentials
            they name.
          </li>
        </ul>
        <p>Nothing you paste is saved.</p>
      </section>

      <section aria-labelledby="reference-heading" className="space-y-3">
        <h2 id="reference-heading" className="text-2xl font-bold">Look something up</h2>
        <ul className="list-disc space-y-2 pl-5">
          <li>
            <Link href="/credentials">Kinds of credential</Link>: {countWord(getCredentialKinds().length)} kinds side by side, with who offers each and what
            to check.
          </li>
          <li>
            <Link href="/research">What employers say</Link>: the survey figures as charts, with who was asked.
          </li>
          <li>
            <Link href="/glossary">Glossary</Link>: plain meanings of the words you will meet.
          </li>
        </ul>
      </section>
    </div>
  );
}
