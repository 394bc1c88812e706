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
 * Keeps an island's controls disabled until its script is running and, if the island says so,
 * until it is `ready` (the checklist waits for the answers saved in this browser), so a tap that
 * lands in between is never silently lost or made against the wrong data. Text stays readable;
 * only buttons and form fields wait. Without JavaScript they stay disabled, and the page says why.
 */
export function UntilHydrated({ ready = true, children }: { ready?: boolean; children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset disabled={!hydrated || !ready} className="min-w-0">
      {children}
    </fieldset>
  );
}
