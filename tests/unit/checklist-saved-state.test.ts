import { describe, expect, it } from 'vitest';
import { NOTE_MAX, type Evaluation } from '@/lib/checklist/evaluation';
import {
  emptyState,
  loadSavedState,
  putEvaluation,
  removeEvaluation,
  SET_ASIDE_KEY,
  serializeState,
  setActive,
  clearActive,
  keepOwnActive,
  STORAGE_KEY,
  STORAGE_VERSION,
  type SavedState,
} from '@/lib/checklist/saved-state';

// ---------------------------------------------------------------------------------------------
// Helpers: valid evaluations with fixed ids and dates, and the raw text localStorage would hold.
// ---------------------------------------------------------------------------------------------

function evaluation(id: string, changes: Partial<Evaluation> = {}): Evaluation {
  return {
    id,
    name: `Program ${id}`,
    answers: { 'job-named': 'yes', 'provider-known': 'unsure' },
    notes: { 'job-named': `A note for ${id}.` },
    created: '2024-03-01T10:00:00.000Z',
    updated: '2024-03-02T11:30:00.000Z',
    ...changes,
  };
}

const A = evaluation('a');
const B = evaluation('b', { name: 'Second program', answers: {}, notes: {} });
const C = evaluation('c', { name: '' });

/** The text localStorage holds for an envelope; `evaluations` may hold anything. */
const raw = (envelope: Record<string, unknown>) => JSON.stringify(envelope);

const state = (evaluations: Evaluation[], activeId?: string): SavedState => ({
  version: STORAGE_VERSION,
  evaluations,
  ...(activeId ? { activeId } : {}),
});

const UNREADABLE = 'Your saved checklists could not be read, so we kept a copy aside and started a new list.';

// ---------------------------------------------------------------------------------------------

describe('storage keys', () => {
  it('keeps set-aside data under its own key beside the checklists', () => {
    expect(STORAGE_KEY).toBe('microcredential-guide:checklists');
    expect(SET_ASIDE_KEY).toBe('microcredential-guide:checklists:set-aside');
    expect(STORAGE_VERSION).toBe(1);
  });
});

describe('loadSavedState: nothing saved', () => {
  it.each([null, ''])('%j → an empty state, nothing set aside, no notice', (input) => {
    const result = loadSavedState(input);
    expect(result).toStrictEqual({ state: { version: 1, evaluations: [] } });
    expect(result.setAside).toBeUndefined();
    expect(result.notice).toBeUndefined();
  });

  it('emptyState() has no active evaluation and is a fresh object each time', () => {
    expect(emptyState()).toStrictEqual({ version: 1, evaluations: [] });
    expect(emptyState()).not.toBe(emptyState());
  });
});

describe('loadSavedState: valid state', () => {
  it('reads data saved while notes were capped at 100 characters as it was, and notes of up to NOTE_MAX', () => {
    // As the site saved it then: no facts, a note of exactly 100 characters, the text as typed.
    const older = '{"version":1,"activeId":"old","evaluations":[{"id":"old","name":"Older program","answers":{"job-named":"no"},"notes":{"job-named":"' + 'n'.repeat(100) + '"},"created":"2025-05-01T09:00:00.000Z","updated":"2025-05-02T09:00:00.000Z"}]}';
    const result = loadSavedState(older);
    expect(result).toStrictEqual({ state: JSON.parse(older) });
    const full = evaluation('full', { notes: { 'job-named': 'é'.repeat(NOTE_MAX), 'provider-known': '数'.repeat(NOTE_MAX) } });
    expect(loadSavedState(serializeState(state([full], 'full')))).toStrictEqual({ state: state([full], 'full') });
  });

  it('round-trips through serializeState', () => {
    const saved = state([A, B, C], 'b');
    const result = loadSavedState(serializeState(saved));
    expect(result).toStrictEqual({ state: saved });
  });

  it('round-trips an envelope with no evaluations', () => {
    expect(loadSavedState(serializeState(emptyState()))).toStrictEqual({ state: emptyState() });
  });

  it('keeps notes and answers for ids the checklist may no longer have', () => {
    const old = evaluation('old', { answers: { 'retired-question': 'no' }, notes: { 'retired-question': 'kept' } });
    expect(loadSavedState(serializeState(state([old], 'old'))).state.evaluations).toEqual([old]);
  });

  it('makes the first evaluation active when activeId is missing', () => {
    expect(loadSavedState(raw({ version: 1, evaluations: [A, B] })).state).toStrictEqual(state([A, B], 'a'));
  });

  it('makes the first evaluation active when activeId points at an evaluation that is not there', () => {
    const result = loadSavedState(raw({ version: 1, activeId: 'gone', evaluations: [B, A] }));
    expect(result.state.activeId).toBe('b');
    expect(result.state.evaluations).toEqual([B, A]);
    expect(result.setAside).toBeUndefined();
    expect(result.notice).toBeUndefined();
  });
});

describe('loadSavedState: corrupt or foreign data', () => {
  it.each(['{not json', '{"version":1,"evaluations":[', 'undefined', "{'version':1}"])(
    'corrupt JSON %j → empty state, the raw text set aside, a notice',
    (text) => {
      expect(loadSavedState(text)).toStrictEqual({ state: emptyState(), setAside: text, notice: UNREADABLE });
    },
  );

  it.each([
    'null',
    '42',
    '"checklists"',
    '[]',
    '[{"id":"a"}]',
    '{}',
    '{"version":1}',
    '{"evaluations":[]}',
    '{"version":"1","evaluations":[]}',
    '{"version":1,"evaluations":{}}',
  ])('valid JSON that is not the envelope %s → set aside whole', (text) => {
    expect(loadSavedState(text)).toStrictEqual({ state: emptyState(), setAside: text, notice: UNREADABLE });
  });

  it.each([2, 0, 99])('version %i → set aside whole, with a notice naming that format', (version) => {
    const text = raw({ version, evaluations: [A] });
    const result = loadSavedState(text);
    expect(result.state).toStrictEqual(emptyState());
    expect(result.setAside).toBe(text);
    expect(result.notice).toBe(
      `Your saved checklists come from another version of this site (format ${version}), so we kept a copy aside and started a new list.`,
    );
  });
});

describe('loadSavedState: some evaluations unreadable', () => {
  it('keeps the good evaluations and sets aside only the bad one', () => {
    const bad = { ...evaluation('bad'), answers: { 'job-named': 'maybe' } };
    const result = loadSavedState(raw({ version: 1, activeId: 'c', evaluations: [A, bad, C] }));
    expect(result.state).toStrictEqual(state([A, C], 'c'));
    expect(result.setAside).toBeDefined();
    expect(JSON.parse(result.setAside as string)).toEqual({ version: 1, evaluations: [bad] });
    expect(result.notice).toBe('1 saved checklist could not be read, so we kept it aside. The rest are below.');
    expect(result.notice).toMatch(/^1 /);
  });

  it('counts several bad evaluations in the notice', () => {
    const bad1 = 'not an evaluation';
    const bad2 = { ...evaluation('x'), extra: true };
    const bad3 = { ...evaluation('y'), notes: { 'job-named': 'n'.repeat(NOTE_MAX + 1) } };
    const result = loadSavedState(raw({ version: 1, evaluations: [bad1, A, bad2, bad3] }));
    expect(result.state).toStrictEqual(state([A], 'a'));
    expect(JSON.parse(result.setAside as string)).toEqual({ version: 1, evaluations: [bad1, bad2, bad3] });
    expect(result.notice).toBe('3 saved checklists could not be read, so we kept them aside. The rest are below.');
  });

  it('sets aside the second of two evaluations with the same id', () => {
    const second = evaluation('a', { name: 'Same id, different program' });
    const result = loadSavedState(raw({ version: 1, evaluations: [A, B, second] }));
    expect(result.state.evaluations).toEqual([A, B]);
    expect(JSON.parse(result.setAside as string)).toEqual({ version: 1, evaluations: [second] });
    expect(result.notice).toMatch(/^1 saved checklist could not be read/);
  });

  it('makes the first good evaluation active when the active one was the bad one', () => {
    const bad = { ...evaluation('bad'), created: 'yesterday' };
    const result = loadSavedState(raw({ version: 1, activeId: 'bad', evaluations: [bad, B, A] }));
    expect(result.state).toStrictEqual(state([B, A], 'b'));
  });

  it('leaves no active evaluation when none could be read', () => {
    const result = loadSavedState(raw({ version: 1, activeId: 'a', evaluations: [{ id: 'a' }] }));
    expect(result.state).toStrictEqual(emptyState());
    expect(result.state.activeId).toBeUndefined();
    // Nothing is left to be "below": the notice says a new list was started instead.
    expect(result.notice).toBe('Your saved checklist could not be read, so we kept it aside and started a new list.');
  });
});

describe('putEvaluation', () => {
  it('adds a new evaluation at the end and makes it active', () => {
    const before = state([A], 'a');
    const after = putEvaluation(before, B);
    expect(after).toStrictEqual(state([A, B], 'b'));
    expect(before).toStrictEqual(state([A], 'a'));
  });

  it('adds to an empty state', () => {
    expect(putEvaluation(emptyState(), C)).toStrictEqual(state([C], 'c'));
  });

  it('replaces an evaluation with the same id in place and makes it active', () => {
    const renamed = { ...B, name: 'Renamed' };
    expect(putEvaluation(state([A, B, C], 'a'), renamed)).toStrictEqual(state([A, renamed, C], 'b'));
  });
});

describe('clearActive', () => {
  it('keeps every evaluation and leaves none active', () => {
    const after = clearActive(state([A, B], 'b'));
    expect(after).toStrictEqual({ version: emptyState().version, evaluations: [A, B] });
    expect('activeId' in after).toBe(false);
  });
});

describe('keepOwnActive', () => {
  it('takes what another tab saved but keeps the evaluation this tab has open', () => {
    expect(keepOwnActive(state([A, B, C], 'b'), 'a')).toStrictEqual({ state: state([A, B, C], 'a') });
  });
  it('keeps this tab on its unsaved new evaluation', () => {
    const { state: after, notice } = keepOwnActive(state([A, B], 'b'), undefined);
    expect('activeId' in after).toBe(false);
    expect(after.evaluations).toStrictEqual([A, B]);
    expect(notice).toBeUndefined();
  });
  it("starts a new evaluation, rather than open another, when this tab's was deleted there, and says so", () => {
    const { state: after, notice } = keepOwnActive(state([B, C], 'c'), 'a');
    expect('activeId' in after).toBe(false);
    expect(after.evaluations).toStrictEqual([B, C]);
    expect(notice).toBe('The checklist you had open here was deleted in another tab. You can start a new one, or pick a saved one below.');
  });
  it('does not point to a list when the other tab deleted the last one', () => {
    expect(keepOwnActive(state([]), 'a').notice).toBe('The checklist you had open here was deleted in another tab. You can start a new one here.');
  });
});

describe('removeEvaluation', () => {
  it('removes the active evaluation and makes the first remaining one active', () => {
    expect(removeEvaluation(state([A, B, C], 'b'), 'b')).toStrictEqual(state([A, C], 'a'));
    expect(removeEvaluation(state([A, B, C], 'a'), 'a')).toStrictEqual(state([B, C], 'b'));
  });

  it('keeps the active evaluation when another one is removed', () => {
    expect(removeEvaluation(state([A, B, C], 'c'), 'a')).toStrictEqual(state([B, C], 'c'));
  });

  it('leaves no active evaluation after removing the last one', () => {
    const after = removeEvaluation(state([A], 'a'), 'a');
    expect(after).toStrictEqual(emptyState());
    expect('activeId' in after).toBe(false);
  });

  it('ignores an unknown id', () => {
    expect(removeEvaluation(state([A, B], 'b'), 'zzz')).toStrictEqual(state([A, B], 'b'));
  });

  it('does not change the state it was given', () => {
    const before = state([A, B], 'a');
    removeEvaluation(before, 'a');
    expect(before).toStrictEqual(state([A, B], 'a'));
  });
});

describe('setActive', () => {
  it('makes a known evaluation active', () => {
    expect(setActive(state([A, B], 'a'), 'b')).toStrictEqual(state([A, B], 'b'));
  });

  it('ignores an unknown id', () => {
    const before = state([A, B], 'a');
    expect(setActive(before, 'zzz')).toStrictEqual(state([A, B], 'a'));
    expect(setActive(emptyState(), 'a')).toStrictEqual(emptyState());
  });
});

describe('the state survives a save and load after editing', () => {
  it('put, remove and setActive results load back unchanged', () => {
    let s = putEvaluation(emptyState(), A);
    s = putEvaluation(s, B);
    s = putEvaluation(s, C);
    s = removeEvaluation(s, 'b');
    s = setActive(s, 'a');
    expect(s).toStrictEqual(state([A, C], 'a'));
    expect(loadSavedState(serializeState(s))).toStrictEqual({ state: s });
  });
});
