'use client';
import { useActionState } from 'react';
import { Island } from '@/components/island/Island';
import type { IslandProps } from '@/components/island/registry';
import { emptyFormState, type ChecklistFormState } from '@/lib/checklist/form';

/**
 * The form around the checklist's island, as components/tools/ToolForm.tsx is around a tool's.
 * With JavaScript, the island saves each answer in the browser and shows the summary itself: the
 * submit never leaves the page. Without it, the form posts to the page itself: the server action
 * (app/checklist/actions.ts) reads the answers, and React renders the page again with the island's
 * `initial` state holding them, so the server shows the same summary.
 */
export function ChecklistForm({
  props,
  action,
}: {
  props: Omit<IslandProps<'checklist'>, 'initial'>;
  action: (state: ChecklistFormState, data: FormData) => Promise<ChecklistFormState>;
}) {
  const [state, formAction] = useActionState(action, emptyFormState());
  // Off: a browser restoring a form's values on reload would put back answers that are no longer saved.
  return (
    <form action={formAction} aria-label="Checklist" autoComplete="off">
      {state.submitted ? <SentNotice state={state} /> : null}
      <Island name="checklist" props={{ ...props, initial: state }} />
    </form>
  );
}

/**
 * Above the checklist on the page the server draws from a sent form (never in the island: the
 * browser never needs it): what sending did, where the summary is, and what could not be used.
 */
function SentNotice({ state }: { state: ChecklistFormState }) {
  const factErrors = Object.keys(state.factErrors).length > 0;
  return (
    <div className="no-print mb-8 space-y-2 border-l-8 border-blue-700 bg-blue-50 p-4 dark:border-blue-400 dark:bg-zinc-900">
      <h2 className="text-xl font-bold">Your summary is ready</h2>
      <p>
        You sent these answers to this site only to make this summary. They were not stored or saved, so they are gone
        when you leave this page. To keep them, print this page from your browser’s menu. With JavaScript on, your
        answers stay on your device.
      </p>
      {state.problems.length > 0 ? (
        <>
          <p>Some of what the form sent could not be used:</p>
          <ul className="list-disc space-y-1 pl-5">
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      ) : null}
      {factErrors ? (
        <p>
          <a href="#program-facts">Check the program facts</a>: a number there was not used.
        </p>
      ) : null}
      <p>
        <a href="#summary">Go to your summary</a>
      </p>
    </div>
  );
}
