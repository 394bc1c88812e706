'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { displayName, distinctNames, newEvaluation, sameContent, withAnswer, withFacts, withName, withNote, type Answer, type Evaluation } from '@/lib/checklist/evaluation';
import { clearActive, putEvaluation, removeEvaluation, setActive } from '@/lib/checklist/saved-state';
import { isShareFragment } from '@/lib/checklist/share-fragment';
import type { DecodeResult, SharedEvaluation } from '@/lib/checklist/share-link';
import { summarize } from '@/lib/checklist/summary';
import type { Checklist } from '@/lib/content/checklist';
import { UntilHydrated } from '@/components/island/hydration';
import { EvaluationBar } from './EvaluationBar';
import { FactsList } from './FactsList';
import { ProgramFacts } from './ProgramFacts';
import { SectionOverview } from './SectionOverview';
import { PrintHandout } from './PrintHandout';
import { QuestionField } from './QuestionField';
import { SavedNotice } from './SavedNotice';
import { updateSaved, useSaved } from './saved-store';
import { ShareActions } from './ShareActions';
import { makeShareUrl, useShareLink } from './share-link-state';
import { SummaryPanel } from './SummaryPanel';
import { UserText } from './UserText';

type ShareError = Extract<DecodeResult, { ok: false }>['reason'];

const shareErrorText: Record<ShareError, string> = {
  'not-a-share-link': 'This link does not hold a checklist.',
  'unknown-version': 'This link was made by a different version of this checklist, so we cannot read it.',
  'too-long': 'This link is too long to be one of ours. It may have been changed.',
  damaged: 'This link is damaged or incomplete. It may have been cut short when it was copied.',
};

/** A new, unsaved checklist; dated when its first change saves it. */
const freshDraft = () => newEvaluation('', new Date(0));

/** Later than any saved checklist's creation time. */
const NEWEST = '9999-12-31T23:59:59.999Z';

/**
 * The interactive checklist: the page's one client island. `checklistUrl` comes from the server
 * (the configured public address), so the prerendered page and the browser print the same one.
 */
export function ChecklistApp({ checklist, checklistUrl }: { checklist: Checklist; checklistUrl: string }) {
  const saved = useSaved();
  const itemIds = useMemo(() => checklist.sections.flatMap((s) => s.items.map((i) => i.id)), [checklist]);
  const [draft, setDraft] = useState<Evaluation>(freshDraft);
  const [shared, setShared] = useState<SharedEvaluation | null>(null);
  const [shareError, setShareError] = useState<ShareError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  // Read a shared link from the fragment (it never reaches the server) on load and on change.
  // Any other fragment (the skip link, "Jump to your summary", a question's link) leaves the
  // view as it is: the reader leaves a shared checklist only with its own buttons.
  useEffect(() => {
    let cancelled = false;
    async function readHash() {
      if (!isShareFragment(window.location.hash)) return;
      // The codec loads only when there is a link to open.
      const { decodeShareFragment } = await import('@/lib/checklist/share-link');
      const result = await decodeShareFragment(window.location.hash, itemIds);
      if (cancelled) return;
      setShared(result.ok ? result.shared : null);
      setShareError(result.ok ? null : result.reason);
    }
    void readHash();
    window.addEventListener('hashchange', readHash);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', readHash);
    };
  }, [itemIds]);

  useEffect(() => {
    if (shareError || shared) messageRef.current?.focus();
  }, [shareError, shared]);

  // `#open=<id>` (compare's link back to a saved checklist) opens that checklist, once the saved
  // ones are read, and leaves the address clean.
  useEffect(() => {
    const wanted = /^#open=([\w-]{1,64})$/.exec(window.location.hash)?.[1];
    if (!saved.loaded || !wanted) return;
    if (saved.state.evaluations.some((e) => e.id === wanted)) updateSaved((s) => setActive(s, wanted));
    window.history.replaceState(null, '', window.location.pathname);
  }, [saved.loaded, saved.state.evaluations]);

  const { evaluations, activeId } = saved.state;
  const active = evaluations.find((e) => e.id === activeId);
  const own = active ?? draft;
  const view: Evaluation = shared ? { ...draft, ...shared } : own;
  // An unsaved new checklist counts as the newest, so it is named as it will be once saved.
  const names = useMemo(() => distinctNames(active ? evaluations : [...evaluations, { ...draft, created: NEWEST }]), [evaluations, active, draft]);
  const nameOf = (e: Evaluation) => names.get(e.id) ?? displayName(e);
  const viewName = shared ? displayName(shared) : nameOf(own);
  const summary = summarize(checklist, view);
  const readOnly = shared !== null;
  const link = useShareLink(view, itemIds, saved.loaded);

  // The first change to an unsaved draft saves it, dated from that moment. The draft is then
  // replaced by a fresh one: kept, it would still carry the saved checklist's id, and the next
  // time this tab has no open checklist (another tab deleted it) an answer would overwrite that one.
  const save = (next: Evaluation): boolean => {
    const dated = active ? next : { ...next, created: next.updated };
    if (!saved.available) {
      setDraft(dated);
      return false;
    }
    const written = updateSaved((s) => putEvaluation(s, dated));
    if (!active) setDraft(freshDraft());
    return written;
  };
  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus());

  function answer(itemId: string, value: Answer) {
    const written = save(withAnswer(own, itemId, value));
    const count = `${summary.answered + (view.answers[itemId] ? 0 : 1)} of ${summary.total} answered.`;
    // The same news as the notice: never "Saved" beside a message that says it was not.
    setAnnouncement(written ? `Saved. ${count}` : `Not saved in this browser. ${count}`);
  }

  function saveSharedCopy() {
    if (!shared) return;
    // Opening one link twice and saving it each time would give two identical checklists.
    const earlier = evaluations.find((e) => sameContent(e, shared));
    if (earlier) {
      updateSaved((s) => setActive(s, earlier.id));
      setAnnouncement(`You already saved a copy of this checklist: ${nameOf(earlier)}. It is shown now.`);
    } else {
      const copy = { ...newEvaluation(shared.name), answers: shared.answers, notes: shared.notes, ...(shared.facts ? { facts: shared.facts } : {}) };
      updateSaved((s) => putEvaluation(s, copy));
      setAnnouncement(`Saved as your own copy: ${distinctNames([...evaluations, copy]).get(copy.id)}.`);
    }
    window.history.replaceState(null, '', window.location.pathname);
    setShared(null);
    focusHeading();
  }

  function leaveShared() {
    window.history.replaceState(null, '', window.location.pathname);
    setShared(null);
    setShareError(null);
    focusHeading();
  }

  let number = 0;
  return (
    <UntilHydrated ready={saved.loaded}>
      <div className="space-y-8">
        <p className="sr-only" role="status" aria-live="polite">
          {announcement}
        </p>

        <SavedNotice notice={saved.notice} />

        {shareError ? (
          <div ref={messageRef} tabIndex={-1} className="no-print space-y-2 border-l-8 border-red-700 bg-red-50 p-4 dark:border-red-400 dark:bg-zinc-900">
            <h2 className="text-xl font-bold">We could not open this shared checklist</h2>
            <p>{shareErrorText[shareError]} Ask the person who sent it for a new link.</p>
            <p>Your own saved checklists have not been changed.</p>
            <button type="button" onClick={leaveShared} className="button-secondary">
              Close this message
            </button>
          </div>
        ) : null}

        {shared ? (
          <div ref={messageRef} tabIndex={-1} className="no-print space-y-3 border-l-8 border-blue-700 bg-blue-50 p-4 dark:border-blue-400 dark:bg-zinc-900">
            <h2 className="text-xl font-bold">
              Shared checklist: <UserText>{viewName}</UserText>
            </h2>
            <p>
              Someone shared this checklist with you. You can read it, but it is not saved in this browser. Save a copy to
              change it or keep it.
            </p>
            <div className="flex flex-wrap gap-3">
              <button type="button" onClick={saveSharedCopy} className="button-primary">
                Save as my copy
              </button>
              <button type="button" onClick={leaveShared} className="button-secondary">
                {evaluations.length > 0 ? 'Back to my checklists' : 'Start my own checklist'}
              </button>
            </div>
          </div>
        ) : (
          <EvaluationBar
            evaluations={evaluations}
            nameOf={nameOf}
            active={own}
            isSaved={!!active}
            onRename={(name) => save(withName(own, name))}
            onSwitch={(id) => {
              updateSaved((s) => setActive(s, id));
              // Arrow keys on a closed select change it at once, so focus stays put; the change is announced.
              setAnnouncement(`Showing the checklist for ${nameOf(evaluations.find((e) => e.id === id) ?? own)}.`);
            }}
            onNew={() => {
              // Not saved until its first change, so a new checklist left empty adds nothing.
              if (saved.available) updateSaved(clearActive);
              setDraft(freshDraft());
              setAnnouncement('Started a new checklist.');
              requestAnimationFrame(() => document.getElementById('program-name')?.focus());
            }}
            onDelete={() => {
              const name = nameOf(own);
              updateSaved((s) => removeEvaluation(s, own.id));
              setAnnouncement(`Deleted the checklist for ${name}.`);
              focusHeading();
            }}
          />
        )}

        <div className="no-print space-y-2">
          <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
            {shared ? 'Shared answers for' : 'Checking'}: <UserText>{viewName}</UserText>
          </h2>
          <label htmlFor="checklist-progress" className="block">
            {summary.answered} of {summary.total} questions answered
          </label>
          <progress id="checklist-progress" max={summary.total} value={summary.answered} className="progress-neutral h-3 w-full max-w-xl" />
          <p>
            <a href="#summary">{shared ? 'Jump to the summary' : 'Jump to your summary'}</a>
          </p>
          <SectionOverview checklist={checklist} summary={summary} answers={view.answers} />
        </div>

        <form className="no-print space-y-10" onSubmit={(e) => e.preventDefault()} aria-label="Checklist questions">
          {readOnly ? (
            <FactsList facts={view.facts} />
          ) : (
            <ProgramFacts key={own.id} facts={own.facts} onChange={(facts) => save(withFacts(own, facts))} />
          )}
          {checklist.sections.map((section) => {
            const counts = summary.sections.find((s) => s.id === section.id);
            return (
              <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className="space-y-4">
                <h2 id={`${section.id}-heading`} className="text-2xl font-bold">
                  {section.title}{' '}
                  <span className="text-base font-normal text-zinc-700 dark:text-zinc-300">
                    ({counts?.answered ?? 0} of {counts?.total ?? section.items.length} answered)
                  </span>
                </h2>
                <p>{section.intro}</p>
                {section.items.map((item) => (
                  <QuestionField
                    key={item.id}
                    item={item}
                    number={++number}
                    answer={view.answers[item.id]}
                    note={view.notes[item.id] ?? ''}
                    readOnly={readOnly}
                    onAnswer={(value) => answer(item.id, value)}
                    onNote={(note) => save(withNote(own, item.id, note))}
                  />
                ))}
              </section>
            );
          })}
        </form>

        <div className="no-print">
          <SummaryPanel summary={summary} name={viewName} shared={readOnly} facts={view.facts}>
            <ShareActions link={link} title={`Checklist: ${viewName}`} current={() => makeShareUrl(view, itemIds)} />
          </SummaryPanel>
        </div>
        <PrintHandout
          checklist={checklist}
          evaluation={view}
          name={viewName}
          summary={summary}
          checklistUrl={checklistUrl}
          lastChanged={shared ? undefined : active?.updated}
          link={link}
        />
      </div>
    </UntilHydrated>
  );
}
