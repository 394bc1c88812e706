'use client';
import { useHydrated } from '@/components/island/hydration';

export const buttonClass =
  'rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-offset-2 dark:bg-blue-300 dark:text-zinc-950 dark:hover:bg-blue-200';
export const secondaryButtonClass =
  'rounded border-2 border-blue-700 px-3 py-1.5 font-semibold text-blue-800 hover:bg-blue-50 dark:border-blue-300 dark:text-blue-200 dark:hover:bg-zinc-800';

/**
 * The submit button. Once the island runs, it checks in the browser. Before that, a tap would
 * send the text to the server, so with JavaScript on the button waits for the island; without
 * JavaScript, the <noscript> copy posts the form and the server answers.
 */
export function SubmitButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  return hydrated ? (
    <button type="submit" className={buttonClass}>
      {label}
    </button>
  ) : (
    <noscript>
      <button type="submit" className={buttonClass}>
        {label}
      </button>
    </noscript>
  );
}
