'use client';
import { Link } from '@/components/layout/Link';
import { useEffect, useMemo, useState } from 'react';
import { isCompareFragment, MAX_COMPARED } from '@/lib/checklist/compare-link';
import type { SharedEvaluation } from '@/lib/checklist/share-link';
import { distinctNames, type Evaluation } from '@/lib/checklist/evaluation';
import { FACT_LABELS, factRows } from '@/lib/checklist/facts';
import { answerLabel, isWorrying, problemLabel, summarize } from '@/lib/checklist/summary';
import type { Checklist } from '@/lib/content/checklist';
import { useSaved } from './saved-store';
import { SavedNotice } from './SavedNotice';
import { VerdictBand } from './SummaryPanel';
import { UserText } from './UserText';
import { copyText } from '../share/clipboard';

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

type ComparisonProps = { checklist: Checklist; chosen: Evaluation[]; names: Map<string, string>; hrefs: Map<string, string> };

/** The chosen programs side by side: verdicts, facts, then every answer. Each name links back to its checklist. */
function Comparison({ checklist, chosen, names, hrefs }: ComparisonProps) {
  const columns = chosen.length === 3 ? 'sm:grid-cols-3' : 'sm:grid-cols-2';
  return (
    <>
      <section aria-labelledby="verdicts-heading" className="space-y-3">
        <h2 id="verdicts-heading" className="text-2xl font-bold">What the answers add up to</h2>
        <div className={`grid gap-4 ${columns}`}>
          {chosen.map((e) => (
            <div key={e.id}>
              <p className="mb-1 font-bold">
                {hrefs.get(e.id) ? (
                  <a href={hrefs.get(e.id)}>
                    <UserText>{names.get(e.id) ?? ''}</UserText>
                  </a>
                ) : (
                  <UserText>{names.get(e.id) ?? ''}</UserText>
                )}
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
  );
}

/** A comparison's own link, to copy, and print. */
function CompareActions({ url }: { url: string | undefined }) {
  const [status, setStatus] = useState('');
  return (
    <div className="no-print space-y-2">
      <label htmlFor="compare-url" className="block font-semibold">
        Link to this comparison
      </label>
      <div className="flex flex-wrap gap-2">
        <input id="compare-url" readOnly value={url ?? ''} onFocus={(e) => e.target.select()} className="min-w-0 flex-1 basis-56 rounded border border-zinc-500 bg-white p-2 dark:bg-zinc-900" />
        <button
          type="button"
          disabled={!url}
          onClick={async () => setStatus(url && (await copyText(url)) ? 'Link copied. Anyone with the link can see these checklists, including their notes.' : 'Your browser did not let us copy. Select the link and copy it yourself.')}
          className="button-primary"
        >
          Copy link
        </button>
        <button type="button" onClick={() => window.print()} className="button-secondary">
          Print or save as PDF
        </button>
      </div>
      <p role="status" className="min-h-6 text-sm font-semibold">
        {status}
      </p>
    </div>
  );
}

/** Dates for programs from a link, which have none: the order they came in. */
const fromLink = (programs: SharedEvaluation[]): Evaluation[] =>
  programs.map((p, i) => ({ ...p, id: `shared-${i}`, created: `2000-01-0${i + 1}T00:00:00.000Z`, updated: `2000-01-0${i + 1}T00:00:00.000Z` }));

/**
 * Two or three saved evaluations side by side: stacked cards on a phone, columns when wide. A
 * comparison link (#compare=…) shows the programs it holds instead, and leaves saved ones alone.
 */
export function CompareApp({ checklist }: { checklist: Checklist }) {
  const { state, loaded, notice } = useSaved();
  const [picked, setPicked] = useState<string[] | null>(null);
  const [fromUrl, setFromUrl] = useState<Evaluation[] | 'damaged' | null>(null);
  const [url, setUrl] = useState<string>();
  const [hrefs, setHrefs] = useState(new Map<string, string>());
  const itemIds = useMemo(() => checklist.sections.flatMap((s) => s.items.map((i) => i.id)), [checklist]);
  const linked = Array.isArray(fromUrl) ? fromUrl : null;
  const evaluations = linked ?? state.evaluations;
  const names = useMemo(() => distinctNames(evaluations), [evaluations]);
  const chosenIds = linked ? linked.map((e) => e.id) : (picked ?? evaluations.slice(0, MAX_COMPARED).map((e) => e.id)).filter((id) => evaluations.some((e) => e.id === id));
  const chosen = chosenIds.flatMap((id) => evaluations.filter((e) => e.id === id));
  const key = JSON.stringify(chosen.map((e) => [e.id, e.name, e.answers, e.notes, e.facts ?? null]));

  useEffect(() => {
    if (!isCompareFragment(window.location.hash)) return;
    void import('@/lib/checklist/compare-link').then(async ({ decodeCompareFragment }) => {
      const result = await decodeCompareFragment(window.location.hash, itemIds);
      setFromUrl(result.ok ? fromLink(result.programs) : 'damaged');
    });
  }, [itemIds]);

  // The comparison's link, and where each name leads: a saved checklist opens in the checklist;
  // a program from a link opens as its own share link.
  useEffect(() => {
    if (chosen.length < 2) return;
    let cancelled = false;
    void Promise.all([import('@/lib/checklist/compare-link'), import('@/lib/checklist/share-link')]).then(async ([{ encodeCompareFragment }, { encodeShareFragment }]) => {
      const result = await encodeCompareFragment(chosen, itemIds);
      const links = new Map<string, string>();
      for (const e of chosen) {
        if (!linked) links.set(e.id, `/checklist#open=${e.id}`);
        else {
          const one = await encodeShareFragment(e, itemIds);
          if (one.ok) links.set(e.id, `/checklist#${one.fragment}`);
        }
      }
      if (cancelled) return;
      setUrl(result.ok ? `${window.location.origin}/checklist/compare#${result.fragment}` : undefined);
      setHrefs(links);
    });
    return () => {
      cancelled = true;
    };
    // `key` stands for the chosen programs' content.
  }, [key, itemIds, linked]);

  // Until this browser's checklists are read, say nothing rather than "you have none".
  if (!loaded) return <p role="status" />;

  if (linked) {
    return (
      <div className="space-y-8">
        <div className="no-print space-y-2 border-l-8 border-blue-700 bg-blue-50 p-4 dark:border-blue-400 dark:bg-zinc-900">
          <h2 className="text-xl font-bold">Shared comparison</h2>
          <p>Someone shared these checklists with you. They are not saved in this browser, and your own checklists have not been changed.</p>
        </div>
        <CompareActions url={url} />
        <Comparison checklist={checklist} chosen={chosen} names={names} hrefs={hrefs} />
      </div>
    );
  }

  const damaged =
    fromUrl === 'damaged' ? (
      <div className="no-print space-y-2 border-l-8 border-red-700 bg-red-50 p-4 dark:border-red-400 dark:bg-zinc-900">
        <h2 className="text-xl font-bold">We could not open this shared comparison</h2>
        <p>This link is damaged or incomplete. Ask the person who sent it for a new link. Your own saved checklists have not been changed.</p>
      </div>
    ) : null;

  if (evaluations.length < 2) {
    return (
      <div className="space-y-6">
        {damaged}
        <SavedNotice notice={notice} />
        <p>
          You need at least two saved checklists to compare.{' '}
          <Link href="/checklist">{evaluations.length === 0 ? 'Start a checklist' : 'Check another program'}</Link>.
        </p>
      </div>
    );
  }

  const toggle = (id: string, on: boolean) => setPicked(on ? [...chosenIds, id] : chosenIds.filter((x) => x !== id));

  return (
    <div className="space-y-8">
      {damaged}
      <SavedNotice notice={notice} />
      <fieldset className="no-print space-y-2">
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
          <CompareActions url={url} />
          <Comparison checklist={checklist} chosen={chosen} names={names} hrefs={hrefs} />
        </>
      )}
    </div>
  );
}
