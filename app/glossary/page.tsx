import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { Link } from '@/components/layout/Link';
import { HOME, PageFrame, sectionCrumb } from '@/components/layout/PageFrame';
import { getGlossary } from '@/lib/content';
import { formatPartialDate } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Glossary',
  description: 'Plain definitions of the words you meet when choosing a microcredential, from academic credit to wage premium.',
  path: '/glossary',
  image: { path: '/glossary/opengraph-image', alt: 'Glossary of microcredential terms' },
});

/** Every term, A to Z, as one description list; each term is an anchor the articles link to. */
export default function GlossaryPage() {
  const terms = getGlossary();
  return (
    <div className="mx-auto max-w-3xl">
      <PageFrame trail={[HOME, sectionCrumb('/glossary')]} />
      <h1 className="text-3xl font-bold sm:text-4xl">Glossary</h1>
      <p className="mt-4 text-lg">
        Plain meanings of the words you will meet when you compare programs. Articles in the guide link here the first time
        they use a term.
      </p>

      <nav aria-labelledby="terms-heading" className="no-print my-8 rounded border-l-4 border-zinc-400 bg-zinc-50 p-4 dark:border-zinc-500 dark:bg-zinc-900">
        <h2 id="terms-heading" className="mb-2 text-base font-bold">Terms on this page</h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {terms.map((t) => (
            <li key={t.id}><a href={`#${t.id}`}>{t.term}</a></li>
          ))}
        </ul>
      </nav>

      <dl className="divide-y divide-zinc-300 border-y border-zinc-300 dark:divide-zinc-700 dark:border-zinc-700">
        {terms.map((t) => (
          <div key={t.id} className="glossary-entry py-5">
            <dt id={t.id} className="text-xl font-bold">{t.term}</dt>
            <dd className="mt-1">
              <p>{t.definition}</p>
              {t.aliases.length ? <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">Other forms: {t.aliases.join(', ')}</p> : null}
              {t.source ? (
                <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                  Source: {t.source.publisher.replace(/\s*\(.*\)$/, '')}{t.source.date ? `, ${formatPartialDate(t.source.date)}` : ''}
                </p>
              ) : null}
              {t.related.length ? (
                <div className="mt-2 text-sm">
                  <span className="font-semibold">See also: </span>
                  <ul className="inline">
                    {t.related.map((r, i) => (
                      <li key={r.href} className="inline">
                        {i > 0 ? ', ' : ''}
                        <Link href={r.href}>{r.label}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
