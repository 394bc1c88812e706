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
      <Island name="checklist" props={{ ...props, initial: state }} />
    </form>
  );
}
