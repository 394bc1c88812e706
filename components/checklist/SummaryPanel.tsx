import { problemLabel, type Summary, type VerdictLevel } from '@/lib/checklist/summary';
import type { ReactNode } from 'react';
import type { Facts } from '@/lib/checklist/facts';
import { FactsList } from './FactsList';
import { UserText } from './UserText';

const bandStyle: Record<VerdictLevel, string> = {
  'not-started': 'border-zinc-500 bg-zinc-50 dark:bg-zinc-900',
  serious: 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-zinc-900',
  'check-further': 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-zinc-900',
  unfinished: 'border-blue-700 bg-blue-50 dark:border-blue-400 dark:bg-zinc-900',
  promising: 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-zinc-900',
};

/** The plain verdict band, explained by the answers that produced it. */
export function VerdictBand({ verdict, headingLevel = 3 }: { verdict: Summary['verdict']; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={`border-l-8 p-4 ${bandStyle[verdict.level]}`}>
      <Heading className="text-xl font-bold">{verdict.title}</Heading>
      <p className="mt-1">{verdict.explanation}</p>
    </div>
  );
}

type Props = { summary: Summary; name: string; shared?: boolean; facts?: Facts; children?: ReactNode };

/** Worrying answers, open questions and next steps for one evaluation; `children` (the share link) sit near its top. */
export function SummaryPanel({ summary, name, shared = false, facts, children }: Props) {
  return (
    <section id="summary" aria-labelledby="summary-heading" className="space-y-6 rounded border-2 border-zinc-400 p-4 dark:border-zinc-600">
      {/* Focusable: "See my summary" takes the reader here. */}
      <h2 id="summary-heading" tabIndex={-1} className="text-2xl font-bold">
        {shared ? 'Summary' : 'Your summary'} for <UserText>{name}</UserText>
      </h2>
      <p>
        {summary.answered} of {summary.total} questions answered.
      </p>
      {children}
      <VerdictBand verdict={summary.verdict} />
      <FactsList facts={facts} />
      {summary.warnings.length > 0 ? (
        <div>
          {/* Not "warning signs": the verdict above may say none of these is a red flag. */}
          <h3 className="text-lg font-bold">Worrying answers ({summary.warnings.length})</h3>
          <ul className="mt-2 space-y-3">
            {summary.warnings.map((item) => (
              <li key={item.id}>
                <p className="font-semibold">
                  {problemLabel(item)}: <a href={`#item-${item.id}`}>{item.question}</a>
                </p>
                <p className="text-sm">{item.why}</p>
                <p className="text-sm">
                  Read more: <a href={item.guide}>{item.guideSection}</a>
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {summary.open.length > 0 ? (
        <div>
          <h3 className="text-lg font-bold">Questions still open ({summary.open.length})</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {summary.open.map(({ item, answer }) => (
              <li key={item.id}>
                <a href={`#item-${item.id}`}>{item.question}</a>
                {answer === 'unsure' ? ' (answered "Not sure")' : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h3 className="text-lg font-bold">What to do next</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {summary.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
          {/* Advice for whoever filled it in: the reader of a shared copy may be that trusted person. */}
          {!shared && summary.answered > 0 ? <li>Share this checklist with someone you trust, such as a career adviser, and ask what they think.</li> : null}
        </ul>
      </div>
    </section>
  );
}
