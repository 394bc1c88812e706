import { startTransition, useEffect, useState } from 'react';
import {
  emptyState,
  keepOwnActive,
  loadSavedState,
  SET_ASIDE_KEY,
  serializeState,
  STORAGE_KEY,
  type SavedState,
} from '@/lib/checklist/saved-state';

/** What the page knows of the reader's saved evaluations. */
export type Snapshot = {
  state: SavedState;
  /** False until the browser's copy has been read (so in the prerendered page). */
  loaded: boolean;
  /** False on the server and where the browser refuses storage: nothing will be saved. */
  available: boolean;
  /** A message about saved data that was set aside or could not be written. */
  notice?: Notice;
};

/**
 * A message for the reader, with the unreadable data it says was set aside, which the reader can
 * download. One value, so a later message replaces the download along with the words.
 */
export type Notice = { text: string; keptAside?: string };

const SERVER_SNAPSHOT: Snapshot = { state: emptyState(), loaded: false, available: false };
let current: Snapshot | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function read(): Snapshot {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return { state: emptyState(), loaded: true, available: false, notice: { text: 'This browser is not letting the site save anything, so your answers will be lost when you leave.' } };
  }
  const result = loadSavedState(raw);
  if (result.setAside !== undefined) {
    try {
      // Keep the unreadable data first; only then replace it with what could be read.
      window.localStorage.setItem(`${SET_ASIDE_KEY}:${new Date().toISOString()}`, result.setAside);
      window.localStorage.setItem(STORAGE_KEY, serializeState(result.state));
    } catch {
      // Could not set it aside: leave the original untouched and work from what was readable.
    }
  }
  const notice: Notice | undefined = result.notice ? { text: result.notice, ...(result.setAside !== undefined ? { keptAside: result.setAside } : {}) } : undefined;
  return { state: result.state, loaded: true, available: true, ...(notice ? { notice } : {}) };
}

/** Another tab changed our data: read it again, keeping this tab's open checklist. */
function onStorage(e: StorageEvent) {
  if (e.key !== STORAGE_KEY && e.key !== null) return;
  const own = current;
  current = undefined;
  const fresh = getSnapshot();
  if (own) {
    const { state, notice } = keepOwnActive(fresh.state, own.state.activeId);
    current = { ...fresh, state, ...(notice ? { notice: { text: notice } } : {}) };
  }
  notify();
}

// One listener for the page, however many components subscribe: a second would read the data
// again after the first and drop the notice the first had set.
function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

const getSnapshot = () => (current ??= read());

/**
 * The saved evaluations, kept in step with localStorage and other tabs. The page is prerendered
 * with nothing saved (`loaded` false); the browser's copy is read just after hydration, as a
 * transition, so React can draw the whole checklist again in short slices rather than in one
 * long task that a slow phone cannot interrupt to answer a tap.
 */
export function useSaved(): Snapshot {
  const [snapshot, setSnapshot] = useState(SERVER_SNAPSHOT);
  useEffect(() => {
    startTransition(() => setSnapshot(getSnapshot()));
    return subscribe(() => setSnapshot(getSnapshot()));
  }, []);
  return snapshot;
}

/** The notice, and the status line after each answer, when a change could not be saved. */
export const NOT_SAVED = 'Your latest change could not be saved in this browser. Copy a link or print to keep it.';

/**
 * Applies a change and saves it; if the browser refuses, the change still shows and a notice says
 * so. Returns whether it was saved, so a status line never says "Saved" beside that notice.
 */
export function updateSaved(change: (state: SavedState) => SavedState): boolean {
  const snapshot = getSnapshot();
  const state = change(snapshot.state);
  let saved = true;
  try {
    window.localStorage.setItem(STORAGE_KEY, serializeState(state));
    current = { ...snapshot, state };
  } catch {
    saved = false;
    current = { ...snapshot, state, notice: { text: NOT_SAVED } };
  }
  notify();
  return saved;
}

export function dismissNotice() {
  const { notice: _dropped, ...rest } = getSnapshot();
  current = rest;
  notify();
}
