import * as z from 'zod/mini';
import { evaluationSchema, type Evaluation } from './evaluation';

/** The localStorage key for the reader's evaluations. */
export const STORAGE_KEY = 'microcredential-guide:checklists';
/** Where unreadable saved data is moved, so it is set aside and never silently lost. */
export const SET_ASIDE_KEY = `${STORAGE_KEY}:set-aside`;
export const STORAGE_VERSION = 1;

export type SavedState = { version: typeof STORAGE_VERSION; activeId?: string; evaluations: Evaluation[] };

export const emptyState = (): SavedState => ({ version: STORAGE_VERSION, evaluations: [] });

const envelopeSchema = z.object({
  version: z.number(),
  // Checked separately: a bad activeId must not cost the reader their evaluations.
  activeId: z.optional(z.unknown()),
  evaluations: z.array(z.unknown()),
});

export type LoadResult = {
  state: SavedState;
  /** Raw text to keep under SET_ASIDE_KEY because some or all of it could not be read. */
  setAside?: string;
  /** Why something was set aside, in words for the reader. */
  notice?: string;
};

/**
 * Reads what localStorage held. Valid evaluations are kept; anything unreadable (corrupt JSON, a
 * format from another version, an evaluation that fails validation) is handed back to be set
 * aside with a notice, so nothing is lost silently and the page always works.
 */
export function loadSavedState(raw: string | null): LoadResult {
  if (raw === null || raw === '') return { state: emptyState() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { state: emptyState(), setAside: raw, notice: 'Your saved checklists could not be read, so we kept a copy aside and started a new list.' };
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    return { state: emptyState(), setAside: raw, notice: 'Your saved checklists could not be read, so we kept a copy aside and started a new list.' };
  }
  if (envelope.data.version !== STORAGE_VERSION) {
    return {
      state: emptyState(),
      setAside: raw,
      notice: `Your saved checklists come from another version of this site (format ${envelope.data.version}), so we kept a copy aside and started a new list.`,
    };
  }
  const evaluations: Evaluation[] = [];
  const bad: unknown[] = [];
  for (const entry of envelope.data.evaluations) {
    const parsed = evaluationSchema.safeParse(entry);
    if (parsed.success && !evaluations.some((e) => e.id === parsed.data.id)) evaluations.push(parsed.data);
    else bad.push(entry);
  }
  const wanted = envelope.data.activeId;
  const activeId = typeof wanted === 'string' && evaluations.some((e) => e.id === wanted) ? wanted : evaluations[0]?.id;
  const state: SavedState = { version: STORAGE_VERSION, evaluations, ...(activeId ? { activeId } : {}) };
  if (bad.length === 0) return { state };
  return {
    state,
    setAside: JSON.stringify({ version: STORAGE_VERSION, evaluations: bad }),
    notice:
      evaluations.length > 0
        ? `${bad.length} saved checklist${bad.length === 1 ? '' : 's'} could not be read, so we kept ${bad.length === 1 ? 'it' : 'them'} aside. The rest are below.`
        : `Your saved checklist${bad.length === 1 ? '' : 's'} could not be read, so we kept ${bad.length === 1 ? 'it' : 'them'} aside and started a new list.`,
  };
}

export const serializeState = (state: SavedState): string => JSON.stringify(state);

/** Adds or replaces an evaluation and makes it the active one. */
export function putEvaluation(state: SavedState, e: Evaluation): SavedState {
  const exists = state.evaluations.some((x) => x.id === e.id);
  const evaluations = exists ? state.evaluations.map((x) => (x.id === e.id ? e : x)) : [...state.evaluations, e];
  return { ...state, evaluations, activeId: e.id };
}

/** Removes an evaluation; the first remaining one becomes active. */
export function removeEvaluation(state: SavedState, id: string): SavedState {
  const evaluations = state.evaluations.filter((x) => x.id !== id);
  const activeId = state.activeId === id ? evaluations[0]?.id : state.activeId;
  return { version: state.version, evaluations, ...(activeId ? { activeId } : {}) };
}

export function setActive(state: SavedState, id: string): SavedState {
  return state.evaluations.some((x) => x.id === id) ? { ...state, activeId: id } : state;
}

/**
 * No evaluation active: the reader is starting a new one, which is saved with its first change
 * (so a new checklist left empty never clutters the list).
 */
export function clearActive(state: SavedState): SavedState {
  return { version: state.version, evaluations: state.evaluations };
}

/**
 * What another tab saved, as this tab should show it: every evaluation as saved, but this tab's
 * own choice of which one is open, or its unsaved new one. The saved active id is only where a
 * new tab starts; without this, switching programs in one tab switched every other tab too, and
 * text being typed there went into the wrong checklist. If the other tab deleted the one open
 * here, this tab starts a new one, and says so, rather than quietly show another program that
 * the reader's next answer would change.
 */
export function keepOwnActive(fresh: SavedState, ownActiveId: string | undefined): { state: SavedState; notice?: string } {
  if (ownActiveId === undefined) return { state: clearActive(fresh) };
  if (fresh.evaluations.some((e) => e.id === ownActiveId)) return { state: setActive(fresh, ownActiveId) };
  const others = fresh.evaluations.length > 0 ? ' You can start a new one, or pick a saved one below.' : ' You can start a new one here.';
  return { state: clearActive(fresh), notice: `The checklist you had open here was deleted in another tab.${others}` };
}
