'use client';
import { useActionState } from 'react';
import { Island } from '@/components/island/Island';
import type { IslandProps } from '@/components/island/registry';
import type { ToolFormState } from '@/lib/tools/form-state';

type ToolIsland = 'program-claims' | 'job-ads';

/**
 * The form around a tool's island. With JavaScript, the island checks the text in the browser
 * and nothing is sent. Without it, the form posts to the page itself: a server action
 * (app/tools/actions.ts) reads the text, and React renders the page again with the island's
 * `initial` state holding it, so the server shows the same result the island would. The form
 * element and the action's hidden fields sit outside the island, which hydrates only its own
 * part of the page.
 */
export function ToolForm<N extends ToolIsland>({
  name,
  props,
  action,
  label,
}: {
  name: N;
  props: Omit<IslandProps<N>, 'initial'>;
  action: (state: ToolFormState, data: FormData) => Promise<ToolFormState>;
  /** The form's accessible name. */
  label: string;
}) {
  const [state, formAction] = useActionState(action, { submitted: false, texts: [] });
  const islandProps = { ...props, initial: state } as IslandProps<N>;
  return (
    <form action={formAction} aria-label={label} className="space-y-4">
      <Island<ToolIsland> name={name} props={islandProps as IslandProps<ToolIsland>} />
    </form>
  );
}
