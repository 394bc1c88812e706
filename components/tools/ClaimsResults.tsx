'use client';
import { useState } from 'react';
import { copyText } from '@/components/share/clipboard';
import { useHydrated } from '@/components/island/hydration';
import { questionsText, severityLabel, type ClaimsCheck, type ExpectedItem } from '@/lib/tools/claims';
import { SourceNote } from './SourceNote';
import { secondaryButtonClass } from './SubmitButton';

const severityClass = {
  serious: 'border-red-700 dark:border-red-400',
  warning: 'border-amber-600 dark:border-amber-400',
  check: 'border-zinc-500 dark:border-zinc-400',
};

/** Readable in light and dark mode: dark text on yellow. */
export const markClass = 'rounded-sm bg-yellow-200 px-0.5 text-zinc-950 dark:bg-yellow-300';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why a finding or a missing item matters, its source, the question to ask and where the guide says more. */
function Explanation({ item }: { item: Pick<ExpectedItem, 'why' | 'sources' | 'ask' | 'guide'> }) {
  return (
    <>
      <p>{item.why}</p>
      <SourceNote sources={item.sources} />
      <p>
        <strong>Ask:</strong> {item.ask}
      </p>
      <p>
        Read more: <a href={item.guide.href}>{item.guide.label}</a>
      </p>
    </>
  );
}

/** The result of a check: findings by seriousness, what is missing, the marked text, the questions. */
export function ClaimsResults({ check }: { check: Extract<ClaimsCheck, { status: 'checked' }> }) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  const questions = questionsText(check);
  const { findings, missing, segments } = check;
  return (
    <div className="space-y-8">
      <p className="text-lg">
        {findings.length === 0
          ? 'We found none of the claims we look for. That does not prove the program is good: check what the ad leaves out, below.'
          : `We found ${plural(findings.length, 'kind of claim', 'kinds of claim')} to question.`}{' '}
        {missing.length > 0 ? `The ad does not say ${plural(missing.length, 'thing', 'things')} you should expect to find.` : ''}
      </p>

      {findings.length > 0 ? (
        <section aria-labelledby="findings-heading" className="space-y-4">
          <h3 id="findings-heading" className="text-xl font-bold">Claims to question, most serious first</h3>
          <ol className="space-y-4">
            {findings.map(({ rule, phrases }) => (
              <li key={rule.id} className={`space-y-2 border-l-4 pl-4 ${severityClass[rule.severity]}`}>
                <h4 className="font-bold">
                  {rule.label} <span className="font-normal">({severityLabel[rule.severity]})</span>
                </h4>
                <p>
                  The ad says:{' '}
                  {phrases.map((p, i) => (
                    <span key={p}>
                      {i > 0 ? ', ' : null}“<mark className={markClass}>{p}</mark>”
                    </span>
                  ))}
                </p>
                <Explanation item={rule} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {missing.length > 0 ? (
        <section aria-labelledby="missing-heading" className="space-y-4">
          <h3 id="missing-heading" className="text-xl font-bold">What the ad does not say</h3>
          <ul className="space-y-4">
            {missing.map((m) => (
              <li key={m.id} className="space-y-2 border-l-4 border-blue-700 pl-4 dark:border-blue-400">
                <h4 className="font-bold">{m.label}</h4>
                <Explanation item={m} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {questions ? (
        <section aria-labelledby="questions-heading" className="space-y-3">
          <h3 id="questions-heading" className="text-xl font-bold">Questions to send the provider</h3>
          <ol className="list-decimal space-y-1 pl-6">
            {[...findings.map((f) => f.rule.ask), ...missing.map((m) => m.ask)].map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
          {hydrated ? (
            <div className="flex flex-wrap gap-3 print:hidden">
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={async () => setCopied((await copyText(questions)) ? 'yes' : 'no')}
              >
                Copy these questions
              </button>
              <button type="button" className={secondaryButtonClass} onClick={() => window.print()}>
                Print
              </button>
            </div>
          ) : null}
          <p role="status" className="min-h-6">
            {copied === 'yes' ? 'Copied. Paste the questions into an email or message to the provider.' : null}
            {copied === 'no' ? 'Your browser did not let us copy. Select the questions above and copy them yourself.' : null}
          </p>
        </section>
      ) : null}

      <div className="space-y-3">
        <h3 id="marked-heading" className="text-xl font-bold">Your text, with the claims marked</h3>
        <div className="max-h-[32rem] overflow-y-auto whitespace-pre-wrap break-words rounded border border-zinc-400 p-3 [overflow-wrap:anywhere] dark:border-zinc-600 print:max-h-none" tabIndex={0} role="region" aria-labelledby="marked-heading">
          {segments.map((s, i) => (s.marked ? <mark key={i} className={markClass}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
        </div>
      </div>
    </div>
  );
}
