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
 * download. One value, so a later message replaces the download along with the words. `held`:
 * the data could not be set aside (no room), so it is still the saved copy, and nothing is
 * written over it until the reader has downloaded it or chosen to discard it.
 */
export type Notice = { text: string; keptAside?: string; held?: boolean };

/** Saved data that could not be read and could not be set aside either, still in place. */
let held: string | undefined;

const HELD_TEXT =
  'Your saved checklists could not be read, and this browser has no room to keep a copy aside. They are still saved here as they were. Download them to keep them, or discard them. Until you do, nothing new is saved.';

const SERVER_SNAPSHOT: Snapshot = { state: emptyState(), loaded: false, available: false };
let current: Snapshot | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function read(): Snapshot {
  held = undefined;
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return { state: emptyState(), loaded: true, available: false, notice: { text: 'This browser is not letting the site save anything, so your answers will be lost when you leave.' } };
  }
  const result = loadSavedState(raw);
  if (result.setAside !== undefined && raw !== null) {
    try {
      // Keep the unreadable data first; only then replace it with what could be read.
      window.localStorage.setItem(`${SET_ASIDE_KEY}:${new Date().toISOString()}`, result.setAside);
    } catch {
      // No room to set it aside: the original stays exactly as it is, and says so, until the
      // reader downloads it or discards it. Work from what was readable meanwhile.
      held = raw;
      return { state: result.state, loaded: true, available: true, notice: { text: HELD_TEXT, keptAside: raw, held: true } };
    }
    try {
      window.localStorage.setItem(STORAGE_KEY, serializeState(result.state));
    } catch {
      // The copy is kept aside; the next change that saves replaces the unreadable original.
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
  if (held !== undefined) {
    // Writing now would replace data the reader has not yet kept: show the change, save nothing.
    current = { ...snapshot, state };
    notify();
    return false;
  }
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

/**
 * The reader has the held data (downloaded) or does not want it (discarded): from now on changes
 * save over it. Discarding saves what could be read at once, so the unreadable copy is gone.
 */
export function releaseHeld(how: 'downloaded' | 'discarded') {
  held = undefined;
  const snapshot = getSnapshot();
  if (how === 'discarded') {
    if (updateSaved((s) => s)) dismissNotice();
    return;
  }
  current = { ...snapshot, notice: { text: 'Downloaded. Your next change will be saved here, in place of the data this browser could not read.' } };
  notify();
}

export function dismissNotice() {
  const { notice: _dropped, ...rest } = getSnapshot();
  current = rest;
  notify();
}
