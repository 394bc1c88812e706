import { describe, expect, it } from 'vitest';
import {
  ANSWERS,
  displayName,
  distinctNames,
  evaluationSchema,
  isolatedText,
  NAME_MAX,
  newEvaluation,
  NOTE_MAX,
  sameContent,
  withAnswer,
  withName,
  withNote,
  type Evaluation,
} from '@/lib/checklist/evaluation';

// ---------------------------------------------------------------------------------------------

const T0 = new Date('2024-03-20T09:00:00.000Z');
const T1 = new Date('2024-03-21T14:15:16.789Z');

function base(): Evaluation {
  return {
    id: 'eval-1',
    name: 'Acme Data Analytics Certificate',
    answers: { 'job-named': 'yes' },
    notes: { 'job-named': 'Junior analyst at the county hospital.' },
    created: T0.toISOString(),
    updated: T0.toISOString(),
  };
}

/** Calls `change` on a fresh evaluation and checks the original was not touched. */
function changed(change: (e: Evaluation) => Evaluation): Evaluation {
  const original = base();
  const snapshot = structuredClone(original);
  const result = change(original);
  expect(result).not.toBe(original);
  expect(original).toStrictEqual(snapshot);
  return result;
}

/** The evaluation is valid against the schema (what saved state and comparisons rely on). */
const valid = (e: unknown) => evaluationSchema.safeParse(e).success;

// ---------------------------------------------------------------------------------------------

describe('constants', () => {
  it('offers yes, no and unsure, and caps names at 80 and notes at 500', () => {
    expect(ANSWERS).toEqual(['yes', 'no', 'unsure']);
    expect(NAME_MAX).toBe(80);
    expect(NOTE_MAX).toBe(500);
  });
});

describe('newEvaluation', () => {
  it('starts empty, with a non-empty id and created equal to updated', () => {
    const e = newEvaluation('My program', T0);
    expect(e.id.length).toBeGreaterThan(0);
    expect(e).toStrictEqual({ id: e.id, name: 'My program', answers: {}, notes: {}, created: T0.toISOString(), updated: T0.toISOString() });
    expect(valid(e)).toBe(true);
  });

  it('gives each evaluation its own id', () => {
    const seen = new Set(Array.from({ length: 50 }, () => newEvaluation().id));
    expect(seen.size).toBe(50);
  });

  it('defaults to no name and the current time', () => {
    const before = Date.now();
    const e = newEvaluation();
    const after = Date.now();
    expect(e.name).toBe('');
    expect(e.created).toBe(e.updated);
    const stamp = Date.parse(e.created);
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(after);
    expect(valid(e)).toBe(true);
  });

  it('caps the name at NAME_MAX characters', () => {
    const e = newEvaluation('x'.repeat(NAME_MAX + 40), T0);
    expect(e.name).toBe('x'.repeat(NAME_MAX));
    expect(valid(e)).toBe(true);
  });
});

describe('withAnswer', () => {
  it('returns a new evaluation with the answer set, leaving the input unchanged', () => {
    const e = changed((x) => withAnswer(x, 'provider-known', 'no', T1));
    expect(e.answers).toEqual({ 'job-named': 'yes', 'provider-known': 'no' });
    expect(e.updated).toBe(T1.toISOString());
    expect(e.created).toBe(T0.toISOString());
    expect(e.id).toBe('eval-1');
  });

  it('replaces an earlier answer to the same question', () => {
    const e = changed((x) => withAnswer(x, 'job-named', 'unsure', T1));
    expect(e.answers).toEqual({ 'job-named': 'unsure' });
  });
});

describe('withNote', () => {
  it('returns a new evaluation with the note set, leaving the input unchanged', () => {
    const e = changed((x) => withNote(x, 'provider-known', 'Only their own website.', T1));
    expect(e.notes).toEqual({ 'job-named': 'Junior analyst at the county hospital.', 'provider-known': 'Only their own website.' });
    expect(e.updated).toBe(T1.toISOString());
    expect(e.created).toBe(T0.toISOString());
  });

  it.each(['', '   ', '\n\t '])('removes the note when given %j', (blank) => {
    const e = changed((x) => withNote(x, 'job-named', blank, T1));
    expect(e.notes).toStrictEqual({});
    expect('job-named' in e.notes).toBe(false);
    expect(e.updated).toBe(T1.toISOString());
  });

  it('caps a note at NOTE_MAX characters', () => {
    const long = 'abcdefghij'.repeat(60);
    const e = changed((x) => withNote(x, 'job-named', long, T1));
    expect(e.notes['job-named']).toBe(long.slice(0, NOTE_MAX));
    expect(e.notes['job-named']).toHaveLength(NOTE_MAX);
    expect(valid(e)).toBe(true);
  });

  it('keeps a note as typed, spaces included, so typing a space between words works', () => {
    const e = changed((x) => withNote(x, 'job-named', 'Ask about ', T1));
    expect(e.notes['job-named']).toBe('Ask about ');
  });
});

describe('withName', () => {
  it('returns a new evaluation with the name set, leaving the input unchanged', () => {
    const e = changed((x) => withName(x, 'Another name', T1));
    expect(e.name).toBe('Another name');
    expect(e.updated).toBe(T1.toISOString());
    expect(e.created).toBe(T0.toISOString());
    expect(e.answers).toEqual({ 'job-named': 'yes' });
  });

  it('caps the name at NAME_MAX characters', () => {
    const e = changed((x) => withName(x, 'y'.repeat(200), T1));
    expect(e.name).toBe('y'.repeat(NAME_MAX));
    expect(valid(e)).toBe(true);
  });

  it('accepts an empty name', () => {
    expect(changed((x) => withName(x, '', T1)).name).toBe('');
  });
});

describe('displayName', () => {
  it.each([
    ['', 'Unnamed program'],
    ['   ', 'Unnamed program'],
    ['\n\t', 'Unnamed program'],
    ['Acme', 'Acme'],
    ['  Acme Certificate  ', 'Acme Certificate'],
  ])('%j → %j', (name, shown) => {
    expect(displayName({ name })).toBe(shown);
  });
});

describe('distinctNames', () => {
  const at = (id: string, name: string, created: string) => ({ id, name, created: `2024-03-${created}T09:00:00.000Z` });

  it('numbers repeated names from the oldest, whatever order they are listed in', () => {
    const names = distinctNames([at('c', '', '22'), at('a', '', '20'), at('b', ' ', '21')]);
    expect(Object.fromEntries(names)).toEqual({ a: 'Unnamed program', b: 'Unnamed program (2)', c: 'Unnamed program (3)' });
  });

  it('treats names that differ only in case or spacing as the same', () => {
    const names = distinctNames([at('a', 'Acme', '20'), at('b', ' acme ', '21'), at('c', 'Other', '22')]);
    expect(Object.fromEntries(names)).toEqual({ a: 'Acme', b: 'acme (2)', c: 'Other' });
  });

  it('leaves names that are already different alone', () => {
    expect(Object.fromEntries(distinctNames([at('a', 'One', '20'), at('b', 'Two', '20')]))).toEqual({ a: 'One', b: 'Two' });
  });

  it('isolates a name that could turn the text after it around, so its number reads as written', () => {
    const reversing = 'Acme \u202Etrofe';
    const names = distinctNames([at('a', reversing, '20'), at('b', reversing, '21'), at('c', 'شهادة', '22')]);
    expect(Object.fromEntries(names)).toEqual({ a: `\u2068${reversing}\u2069`, b: `\u2068${reversing}\u2069 (2)`, c: '\u2068شهادة\u2069' });
  });
});

describe('isolatedText', () => {
  it('leaves left-to-right text as typed and isolates bidirectional controls and right-to-left letters', () => {
    expect(isolatedText('Acme Data: Certificate (2024)')).toBe('Acme Data: Certificate (2024)');
    for (const text of ['a\u202Eb', 'a\u202Bb', 'a\u2067b', 'a\u200Fb', 'עברית']) expect(isolatedText(text)).toBe(`\u2068${text}\u2069`);
  });
});

describe('sameContent', () => {
  const one = { name: 'Acme', answers: { a: 'yes', b: 'no' } as const, notes: { a: 'hi' } };
  it('is true for the same name, answers and notes in any key order', () => {
    expect(sameContent(one, { name: 'Acme', answers: { b: 'no', a: 'yes' }, notes: { a: 'hi' } })).toBe(true);
  });
  it.each([
    ['name', { ...one, name: 'Acme 2' }],
    ['an answer', { ...one, answers: { a: 'yes', b: 'unsure' } as const }],
    ['a missing answer', { ...one, answers: { a: 'yes' } as const }],
    ['a note', { ...one, notes: { a: 'hello' } }],
  ])('is false when %s differs', (_, other) => {
    expect(sameContent(one, other)).toBe(false);
  });
});

describe('evaluationSchema', () => {
  it('accepts a valid evaluation, including a note of exactly NOTE_MAX and a name of exactly NAME_MAX', () => {
    expect(valid(base())).toBe(true);
    expect(valid({ ...base(), name: 'n'.repeat(NAME_MAX), notes: { 'job-named': 'n'.repeat(NOTE_MAX) } })).toBe(true);
    expect(valid({ ...base(), answers: { a: 'yes', b: 'no', c: 'unsure' }, notes: {} })).toBe(true);
  });

  const bad: [label: string, value: unknown][] = [
    ['an unknown key', { ...base(), extra: 1 }],
    ['a missing id', (({ id: _id, ...rest }) => rest)(base())],
    ['an empty id', { ...base(), id: '' }],
    ['an id over 64 characters', { ...base(), id: 'i'.repeat(65) }],
    ['a name over NAME_MAX', { ...base(), name: 'n'.repeat(NAME_MAX + 1) }],
    ['a name that is not text', { ...base(), name: null }],
    ['answer "maybe"', { ...base(), answers: { 'job-named': 'maybe' } }],
    ['answer "y" (the share-link form)', { ...base(), answers: { 'job-named': 'y' } }],
    ['answer "Yes" in capitals', { ...base(), answers: { 'job-named': 'Yes' } }],
    ['answer true', { ...base(), answers: { 'job-named': true } }],
    ['answers as a list', { ...base(), answers: ['yes'] }],
    ['an answer id over 64 characters', { ...base(), answers: { ['q'.repeat(65)]: 'yes' } }],
    ['a note over NOTE_MAX', { ...base(), notes: { 'job-named': 'n'.repeat(NOTE_MAX + 1) } }],
    ['a note that is not text', { ...base(), notes: { 'job-named': 3 } }],
    ['a created date that is not ISO', { ...base(), created: 'yesterday' }],
    ['an updated date without a time', { ...base(), updated: '2024-03-20' }],
    ['a date as a number', { ...base(), created: T0.getTime() }],
    ['null', null],
    ['a string', 'evaluation'],
  ];
  it.each(bad)('rejects %s', (_label, value) => {
    expect(valid(value)).toBe(false);
  });
});
