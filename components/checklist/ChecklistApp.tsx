'use client';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { displayName, distinctNames, newEvaluation, sameContent, withAnswer, withFacts, withName, withNote, type Answer, type Evaluation } from '@/lib/checklist/evaluation';
import type { ChecklistFormState } from '@/lib/checklist/form';
import { clearActive, putEvaluation, removeEvaluation, setActive } from '@/lib/checklist/saved-state';
import { isShareFragment } from '@/lib/checklist/share-fragment';
import type { SharedEvaluation } from '@/lib/checklist/share-link';
import { summarize } from '@/lib/checklist/summary';
import type { Checklist } from '@/lib/content/checklist';
import { SubmitButton } from '@/components/tools/SubmitButton';
import { useFormSubmit } from '@/components/tools/useFormSubmit';
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

/** A new, unsaved checklist; dated when its first change saves it. */
const freshDraft = () => newEvaluation('', new Date(0));

/** The checklist a sent form holds, unsaved: the page without JavaScript shows its summary. */
const fromForm = ({ name, answers, notes, facts }: ChecklistFormState): Evaluation => ({ ...freshDraft(), name, answers, notes, ...(facts ? { facts } : {}) });

/** The checklist with a name, answers, notes and facts the reader gave laid over it. */
function withInput(e: Evaluation, input: Pick<Evaluation, 'name' | 'answers' | 'notes' | 'facts'>): Evaluation {
  let next = input.name ? withName(e, input.name) : e;
  for (const [id, value] of Object.entries(input.answers)) next = withAnswer(next, id, value);
  for (const [id, note] of Object.entries(input.notes)) next = withNote(next, id, note);
  return input.facts ? withFacts(next, { ...next.facts, ...input.facts }) : next;
}

/** Later than any saved checklist's creation time. */
const NEWEST = '9999-12-31T23:59:59.999Z';

/** Opens the collapsed section holding the element a link names (or the section it names). Our ids need no escapes. */
function openSectionOf(hash: string) {
  const target = hash.length > 1 ? document.getElementById(hash.slice(1)) : null;
  const details = target?.closest('details') ?? target?.querySelector(':scope > details');
  if (details) details.open = true;
}

/**
 * The interactive checklist: the page's one client island. `checklistUrl` comes from the server
 * (the configured public address), so the prerendered page and the browser print the same one.
 * The island sits in a plain form (ChecklistForm): `initial` is what that form sent when
 * JavaScript was off, and the server draws the page from it; in the browser it is always empty.
 */
export function ChecklistApp({ checklist, checklistUrl, initial }: { checklist: Checklist; checklistUrl: string; initial?: ChecklistFormState }) {
  const saved = useSaved();
  const itemIds = useMemo(() => checklist.sections.flatMap((s) => s.items.map((i) => i.id)), [checklist]);
  const sent = initial?.submitted === true;
  const [draft, setDraft] = useState<Evaluation>(() => (initial?.submitted ? fromForm(initial) : freshDraft()));
  const [shared, setShared] = useState<SharedEvaluation | null>(null);
  // Why a shared link could not be opened, in words (lib/checklist/share-link.ts).
  const [shareError, setShareError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  // With JavaScript, "See my summary" goes to the summary the page already shows: nothing is sent.
  const root = useFormSubmit<HTMLDivElement>(() => document.getElementById('summary-heading')?.focus());
  // What the reader chose or typed in the server's page before this script ran: read once, as
  // the server would read it, while React has just taken the page over and left the fields as
  // they were; applied once the saved checklists are read.
  const early = useRef<Promise<ChecklistFormState> | null>(null);
  useLayoutEffect(() => {
    const form = root.current?.closest('form');
    // A copy of the values now; the reader loads only when there is something to read.
    const sent = form ? [...new FormData(form)].filter(([key, value]) => !key.startsWith('$ACTION') && value !== '') : [];
    if (sent.length > 0) early.current = import('@/lib/checklist/form').then((m) => m.readChecklistForm(sent, itemIds));
    // Once, at hydration: later the fields follow React's state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Set by a change made after the script ran but before the saved checklists were read.
  const changedEarly = useRef(false);
  // Number boxes holding text that is not a number in range: sent without JavaScript, or typed
  // before the script ran. The facts box shows them with their messages.
  const [factInput, setFactInput] = useState(initial?.submitted ? initial.factErrors : undefined);

  // A link to a question in a collapsed section (the overview, "next unanswered", the summary's
  // lists) opens that section before the browser moves to it. (Chromium also opens one itself
  // when the address's fragment names an element inside it: on load, back and forward.)
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
      if (link) openSectionOf(link.getAttribute('href') ?? '');
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  // Read a shared link from the fragment (it never reaches the server) on load and on change.
  // Any other fragment (the skip link, "Jump to your summary", a question's link) leaves the
  // view as it is: the reader leaves a shared checklist only with its own buttons.
  useEffect(() => {
    let cancelled = false;
    async function readHash() {
      if (!isShareFragment(window.location.hash)) return;
      // The codec loads only when there is a link to open.
      const { decodeShareFragment, decodeErrorText } = await import('@/lib/checklist/share-link');
      const result = await decodeShareFragment(window.location.hash, itemIds);
      if (cancelled) return;
      setShared(result.ok ? result.shared : null);
      setShareError(result.ok ? null : decodeErrorText[result.reason]);
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
    if (!saved.loaded) {
      // Before the saved checklists are read: kept in the draft, and saved with what was chosen
      // before the script ran as soon as they are (below).
      changedEarly.current = true;
      setDraft(dated);
      return true;
    }
    if (!saved.available) {
      setDraft(dated);
      return false;
    }
    const written = updateSaved((s) => putEvaluation(s, dated));
    if (!active) setDraft(freshDraft());
    return written;
  };
  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus());

  // Apply what was chosen before the script ran, then what was changed before the saved
  // checklists were read, to the checklist now shown, and save it. Not over a shared checklist:
  // the reader leaves that only with its own buttons. The form's reader may still be loading,
  // so this works from the latest render.
  const latest = useRef({ own, draft, active, save, total: summary.total });
  latest.current = { own, draft, active, save, total: summary.total };
  useEffect(() => {
    const pending = early.current;
    const changed = changedEarly.current;
    if (!saved.loaded || (!pending && !changed)) return;
    early.current = null;
    changedEarly.current = false;
    void (pending ?? Promise.resolve(null)).then((typed) => {
      if (isShareFragment(window.location.hash)) return;
      const { own, draft, active, save, total } = latest.current;
      if (typed && Object.keys(typed.factErrors).length > 0) setFactInput(typed.factErrors);
      let next = typed ? withInput(own, typed) : own;
      // With no checklist open, the draft already holds those changes: it is `own`.
      if (changed && active) next = withInput(next, draft);
      if (next === own && !changed) return;
      // Said as after an answer: the change the reader made is only now saved (or not).
      const count = `${summarize(checklist, next).answered} of ${total} answered.`;
      setAnnouncement(save(next) ? `Saved. ${count}` : `Not saved in this browser. ${count}`);
    });
  }, [saved.loaded, checklist]);

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
    // Usable as the server drew it (a plain form without JavaScript). With it, what was chosen
    // before the script ran, or before the saved checklists were read, is kept (the effects above).
    <div ref={root} className="min-w-0 space-y-8">
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>

      <SavedNotice notice={saved.notice} />


      {shareError ? (
        <div ref={messageRef} tabIndex={-1} className="no-print space-y-2 border-l-8 border-red-700 bg-red-50 p-4 dark:border-red-400 dark:bg-zinc-900">
          <h2 className="text-xl font-bold">We could not open this shared checklist</h2>
          <p>{shareError} Ask the person who sent it for a new link.</p>
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

      {/* Inside the page's form (ChecklistForm): every answer, note, fact and the name are its fields. */}
      <div role="group" aria-label="Checklist questions" className="no-print space-y-10">
        {readOnly ? (
          <FactsList facts={view.facts} />
        ) : (
          <ProgramFacts key={`${own.id}${factInput ? ':typed' : ''}`} facts={own.facts} sent={factInput} onChange={(facts) => save(withFacts(own, facts))} />
        )}
        {checklist.sections.map((section) => {
          const counts = summary.sections.find((s) => s.id === section.id);
          return (
            // A section folds away with its heading, without JavaScript; a link into it opens it.
            <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`}>
              <details open>
                {/* The marker takes the summary's size, so it matches the heading's. */}
                <summary className="cursor-pointer rounded text-2xl">
                  <h2 id={`${section.id}-heading`} className="inline font-bold">
                    {section.title}{' '}
                    <span className="text-base font-normal text-zinc-700 dark:text-zinc-300">
                      ({counts?.answered ?? 0} of {counts?.total ?? section.items.length} answered)
                    </span>
                  </h2>
                </summary>
                <div className="mt-4 space-y-4">
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
                </div>
              </details>
            </section>
          );
        })}
        <div className="min-h-11">
          <SubmitButton label="See my summary" />
        </div>
      </div>

      <div className="no-print">
        <SummaryPanel summary={summary} name={viewName} shared={readOnly} facts={view.facts}>
          {/* A sent form's page has no script to make or copy a link; ChecklistForm says what was sent. */}
          {sent ? null : <ShareActions link={link} title={`Checklist: ${viewName}`} current={() => makeShareUrl(view, itemIds)} />}
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
  );
}

