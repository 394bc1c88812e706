'use server';
import { readChecklistForm, type ChecklistFormState } from '@/lib/checklist/form';
import { getChecklist } from '@/lib/content';

/*
 * The checklist's answer when JavaScript is off: the form posts to its own page, and the page is
 * rendered again with what was sent (components/checklist/ChecklistForm.tsx), so the server shows
 * the summary the browser would. This only reads and checks the form; nothing is stored or logged.
 */

const itemIds = () => getChecklist().sections.flatMap((s) => s.items.map((i) => i.id));

export async function checklistSummaryForm(_previous: ChecklistFormState, data: FormData): Promise<ChecklistFormState> {
  return readChecklistForm(data, itemIds());
}
