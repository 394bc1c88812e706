'use client';
import { Link } from '@/components/layout/Link';
import { useMemo, useState } from 'react';
import { distinctNames, type Evaluation } from '@/lib/checklist/evaluation';
import { FACT_LABELS, factRows } from '@/lib/checklist/facts';
import { answerLabel, isWorrying, problemLabel, summarize } from '@/lib/checklist/summary';
import type { Checklist } from '@/lib/content/checklist';
import { useSaved } from './saved-store';
import { SavedNotice } from './SavedNotice';
import { VerdictBand } from './SummaryPanel';
import { UserText } from './UserText';

const MAX_COMPARED = 3;

/** The program facts as rows, one per fact any chosen program has, with each program's value. */
function CompareFacts({ chosen, names, columns }: { chosen: Evaluation[]; names: Map<string, string>; columns: string }) {
  const byProgram = chosen.map((e) => new Map(factRows(e.facts).map((r) => [r.label, r.value])));
  const labels = FACT_LABELS.filter((label) => byProgram.some((m) => m.has(label)));
  if (!labels.length) return null;
  return (
    <section aria-labelledby="cmp-facts" className="space-y-3">
      <h2 id="cmp-facts" className="text-2xl font-bold">Program facts</h2>
      {labels.map((label) => (
        <div key={label} className="rounded border border-zinc-300 p-3 dark:border-zinc-700">
          <h3 className="font-semibold">{label}</h3>
          <dl className={`mt-2 grid gap-2 ${columns}`}>
            {chosen.map((e, i) => (
              <div key={e.id} className="border-l-4 border-transparent pl-2">
                <dt className="text-sm text-zinc-700 dark:text-zinc-300">
                  <UserText>{names.get(e.id) ?? ''}</UserText>
                </dt>
                <dd className="font-semibold">
                  <UserText>{byProgram[i]?.get(label) ?? 'Not given'}</UserText>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

/** Two or three saved evaluations side by side: stacked cards on a phone, columns when wide. */
export function CompareApp({ checklist }: { checklist: Checklist }) {
  const { state, loaded, notice } = useSaved();
  const [picked, setPicked] = useState<string[] | null>(null);
  const evaluations = state.evaluations;
  const names = useMemo(() => distinctNames(evaluations), [evaluations]);
  const chosenIds = (picked ?? evaluations.slice(0, MAX_COMPARED).map((e) => e.id)).filter((id) => evaluations.some((e) => e.id === id));
  const chosen = chosenIds.flatMap((id) => evaluations.filter((e) => e.id === id));

  // Until this browser's checklists are read, say nothing rather than "you have none".
  if (!loaded) return <p role="status" />;

  if (evaluations.length < 2) {
    return (
      <div className="space-y-6">
        <SavedNotice notice={notice} />
        <p>
          You need at least two saved checklists to compare.{' '}
          <Link href="/checklist">{evaluations.length === 0 ? 'Start a checklist' : 'Check another program'}</Link>.
        </p>
      </div>
    );
  }

  const toggle = (id: string, on: boolean) => setPicked(on ? [...chosenIds, id] : chosenIds.filter((x) => x !== id));
  const columns = chosen.length === 3 ? 'sm:grid-cols-3' : 'sm:grid-cols-2';

  return (
    <div className="space-y-8">
      <SavedNotice notice={notice} />
      <fieldset className="space-y-2">
        <legend className="font-semibold">Choose two or three programs to compare</legend>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">You can compare up to three at a time.</p>
        {evaluations.map((e) => {
          const on = chosenIds.includes(e.id);
          return (
            <div key={e.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`pick-${e.id}`}
                checked={on}
                disabled={!on && chosenIds.length >= MAX_COMPARED}
                onChange={(ev) => toggle(e.id, ev.target.checked)}
                className="size-6 shrink-0 accent-blue-700"
              />
              <label htmlFor={`pick-${e.id}`} className="min-w-0">
                <UserText>{names.get(e.id) ?? ''}</UserText>
              </label>
            </div>
          );
        })}
      </fieldset>

      {chosen.length < 2 ? (
        <p role="status">Choose at least two programs.</p>
      ) : (
        <>
          <section aria-labelledby="verdicts-heading" className="space-y-3">
            <h2 id="verdicts-heading" className="text-2xl font-bold">What the answers add up to</h2>
            <div className={`grid gap-4 ${columns}`}>
              {chosen.map((e) => (
                <div key={e.id}>
                  <p className="mb-1 font-bold">
                    <UserText>{names.get(e.id) ?? ''}</UserText>
                  </p>
                  <VerdictBand verdict={summarize(checklist, e).verdict} />
                </div>
              ))}
            </div>
          </section>
          <CompareFacts chosen={chosen} names={names} columns={columns} />
          {checklist.sections.map((section) => (
            <section key={section.id} aria-labelledby={`cmp-${section.id}`} className="space-y-3">
              <h2 id={`cmp-${section.id}`} className="text-2xl font-bold">{section.title}</h2>
              {section.items.map((item) => (
                <div key={item.id} className="rounded border border-zinc-300 p-3 dark:border-zinc-700">
                  <h3 className="font-semibold">{item.question}</h3>
                  <dl className={`mt-2 grid gap-2 ${columns}`}>
                    {chosen.map((e) => {
                      const answer = e.answers[item.id];
                      const worrying = isWorrying(item, answer);
                      return (
                        <div key={e.id} className={worrying ? 'border-l-4 border-red-700 pl-2 dark:border-red-400' : 'border-l-4 border-transparent pl-2'}>
                          <dt className="text-sm text-zinc-700 dark:text-zinc-300">
                            <UserText>{names.get(e.id) ?? ''}</UserText>
                          </dt>
                          <dd className="font-semibold">
                            {answer ? answerLabel(item, answer) : 'Not answered'}
                            {worrying ? ` — ${problemLabel(item).toLowerCase()}` : ''}
                          </dd>
                          {e.notes[item.id] ? (
                            <dd className="text-sm">
                              Note: <UserText>{e.notes[item.id] ?? ''}</UserText>
                            </dd>
                          ) : null}
                        </div>
                      );
                    })}
                  </dl>
                </div>
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
