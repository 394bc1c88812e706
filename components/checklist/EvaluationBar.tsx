'use client';
import { Link } from '@/components/layout/Link';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { NAME_MAX, type Evaluation } from '@/lib/checklist/evaluation';
import { NAME_FIELD } from '@/lib/checklist/form-fields';
import { CharacterCount } from './CharacterCount';
import { UserText } from './UserText';

type Props = {
  evaluations: Evaluation[];
  /** Each saved checklist's name, told apart from the others (distinctNames). */
  nameOf: (e: Evaluation) => string;
  active: Evaluation;
  isSaved: boolean;
  onRename: (name: string) => void;
  onSwitch: (id: string) => void;
  onNew: () => void;
  onDelete: () => void;
};

/** Names the program, and lets the reader switch between, start and delete saved evaluations. */
export function EvaluationBar({ evaluations, nameOf, active, isSaved, onRename, onSwitch, onNew, onDelete }: Props) {
  // The question belongs to the checklist it was asked about: if another one is opened (here, by
  // a new checklist, or because another tab deleted this one), it is gone, never retargeted.
  const [confirmingFor, setConfirmingFor] = useState<string | null>(null);
  // Reset during render (React's pattern for state that follows a prop), so that going back to
  // that checklist does not bring the question back and pull focus out of the list.
  if (confirmingFor !== null && confirmingFor !== active.id) setConfirmingFor(null);
  const confirming = isSaved && confirmingFor === active.id;
  const deleteButton = useRef<HTMLButtonElement>(null);
  // Cancel puts focus back where it was, on the Delete button, instead of losing it.
  const cancel = () => {
    flushSync(() => setConfirmingFor(null));
    deleteButton.current?.focus();
  };
  return (
    <div className="no-print space-y-4 rounded border border-zinc-300 bg-zinc-50 p-4 dark:border-zinc-700 dark:bg-zinc-900">
      <div>
        <label htmlFor="program-name" className="block font-semibold">
          Name of the program you are checking
        </label>
        <p id="program-name-hint" className="text-sm text-zinc-700 dark:text-zinc-300">
          For example, the provider and the course title.
        </p>
        <input
          id="program-name"
          name={NAME_FIELD}
          type="text"
          dir="auto"
          autoComplete="off"
          maxLength={NAME_MAX}
          aria-describedby="program-name-hint program-name-count"
          value={active.name}
          onChange={(e) => onRename(e.target.value)}
          className="mt-1 block w-full max-w-xl rounded border border-zinc-500 bg-white p-2 dark:bg-zinc-950"
        />
        <CharacterCount id="program-name-count" length={active.name.length} max={NAME_MAX} />
      </div>
      {evaluations.length > 0 ? (
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 max-w-full">
            <label htmlFor="saved-evaluations" className="block font-semibold">
              Your saved checklists
            </label>
            <select
              id="saved-evaluations"
              value={isSaved ? active.id : ''}
              onChange={(e) => e.target.value && onSwitch(e.target.value)}
              className="mt-1 w-full max-w-full truncate rounded border border-zinc-500 bg-white p-2 dark:bg-zinc-950"
            >
              {isSaved ? null : <option value="">New checklist (not saved yet)</option>}
              {evaluations.map((e) => (
                <option key={e.id} value={e.id}>
                  {nameOf(e)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={onNew} className="button-secondary">
            Start a new checklist
          </button>
          {isSaved && !confirming ? (
            <button ref={deleteButton} type="button" onClick={() => setConfirmingFor(active.id)} className="button-secondary">
              Delete this checklist
            </button>
          ) : null}
          {evaluations.length > 1 ? <Link href="/checklist/compare">Compare programs</Link> : null}
        </div>
      ) : null}
      {confirming ? (
        <div
          role="group"
          aria-labelledby="confirm-delete"
          onKeyDown={(e) => {
            if (e.key === 'Escape') cancel();
          }}
          className="space-y-2 border-l-4 border-red-700 pl-3 dark:border-red-400">
          <p id="confirm-delete" className="font-semibold">
            Delete the checklist for <UserText>{nameOf(active)}</UserText>? This cannot be undone.
          </p>
          <div className="flex gap-3">
            <button
              type="button"
              onClick={() => {
                setConfirmingFor(null);
                onDelete();
              }}
              className="button-danger"
            >
              Yes, delete it
            </button>
            <button type="button" autoFocus onClick={cancel} className="button-secondary">
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
