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
 * Keeps an island's controls disabled from the moment its script runs until the island is
 * `ready` (the checklist waits for the answers saved in this browser), so a tap in between is
 * never made against the wrong data. In the page as the server drew it they work: without
 * JavaScript the island's fields are a plain form (the checklist posts to the server), and with
 * it, the island reads what was chosen before its script ran (components/checklist/ChecklistApp.tsx).
 */
export function UntilHydrated({ ready = true, children }: { ready?: boolean; children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset disabled={hydrated && !ready} className="min-w-0">
      {children}
    </fieldset>
  );
}
