'use client';
import { useSyncExternalStore, type ReactNode } from 'react';

const subscribe = () => () => undefined;

/** False in the prerendered HTML and while React hydrates; true from then on. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * Keeps an island's controls disabled until its script is running, so a tap that lands in the
 * moment between the page appearing and the script starting is never silently lost. Text stays
 * readable; only buttons and form fields wait. Without JavaScript they stay disabled, and the
 * page says why.
 */
export function UntilHydrated({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset disabled={!hydrated} className="min-w-0">
      {children}
    </fieldset>
  );
}
