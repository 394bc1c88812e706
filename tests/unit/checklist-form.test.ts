import { describe, expect, it } from 'vitest';
import { NAME_MAX, NOTE_MAX } from '@/lib/checklist/evaluation';
import { INCLUDES_MAX } from '@/lib/checklist/facts';
import { answerField, factField, MAX_FIELDS, NAME_FIELD, noteField, readChecklistForm } from '@/lib/checklist/form';
import { summarize } from '@/lib/checklist/summary';
import { getChecklist } from '@/lib/content';

const checklist = getChecklist();
const itemIds = checklist.sections.flatMap((s) => s.items.map((i) => i.id));
const [first, second, third] = itemIds as [string, string, string];

/** A form as a browser sends it: fields in order, a name may repeat. */
function form(fields: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
}

/** The fields Next adds to a form with a server action; never the checklist's. */
const ACTION_FIELDS: [string, string][] = [
  ['$ACTION_REF_1', ''],
  ['$ACTION_1:0', '{"id":"abc","bound":"$@1"}'],
  ['$ACTION_1:1', '[{"submitted":false}]'],
  ['$ACTION_KEY', 'k0'],
];

describe('readChecklistForm', () => {
  it('reads a good form: name, answers, notes and facts, and nothing it does not know', () => {
    const name = 'x'.repeat(NAME_MAX);
    const state = readChecklistForm(
      form([
        ...ACTION_FIELDS,
        [NAME_FIELD, name],
        [answerField(first), 'yes'],
        [answerField(second), 'no'],
        [answerField(third), 'unsure'],
        [noteField(first), 'Data analyst at a hospital'],
        [noteField(second), '   '],
        [factField('price'), '$2,500'],
        [factField('hours'), '300'],
        [factField('weeks'), ''],
        [factField('includes'), 'books and the exam fee'],
        [factField('format'), 'online'],
        [factField('pay'), 'loan'],
        [factField('pay'), 'savings'],
        ['share-url', 'ignored'],
      ]),
      itemIds,
    );
    expect(state).toEqual({
      submitted: true,
      name,
      answers: { [first]: 'yes', [second]: 'no', [third]: 'unsure' },
      notes: { [first]: 'Data analyst at a hospital' },
      facts: { price: 2500, hours: 300, includes: 'books and the exam fee', format: 'online', pay: ['savings', 'loan'] },
      factErrors: {},
      problems: [],
    });
    // What the page draws from it is the island's own summary.
    expect(summarize(checklist, state).answered).toBe(3);
  });

  it('reads an empty form as nothing answered, with no problem', () => {
    expect(readChecklistForm(form(ACTION_FIELDS), itemIds)).toEqual({ submitted: true, name: '', answers: {}, notes: {}, factErrors: {}, problems: [] });
  });

  it('leaves out answers to questions it does not have, and values it never offers, and says so', () => {
    const state = readChecklistForm(
      form([
        [answerField('no-such-question'), 'yes'],
        [answerField(first), 'maybe'],
        [answerField(second), 'YES'],
        [answerField(third), 'no'],
        [noteField('no-such-question'), 'A note'],
        [factField('format'), 'by post'],
        [factField('pay'), 'bitcoin'],
      ]),
      itemIds,
    );
    expect(state.answers).toEqual({ [third]: 'no' });
    expect(state.notes).toEqual({});
    expect(state.facts).toBeUndefined();
    expect(state.problems).toEqual([
      'The form sent an answer to a question this checklist does not have. It was left out.',
      'The answer to question 1 was not one the checklist offers, so it was left out.',
      'The answer to question 2 was not one the checklist offers, so it was left out.',
      'The form sent a note for a question this checklist does not have. It was left out.',
      'The format sent is not one the checklist offers, so it was left out.',
      'A way to pay that was sent is not one the checklist offers, so it was left out.',
    ]);
  });

  it('keeps the first of a field sent twice, and says so', () => {
    const state = readChecklistForm(form([[answerField(first), 'yes'], [answerField(first), 'no']]), itemIds);
    expect(state.answers).toEqual({ [first]: 'yes' });
    expect(state.problems).toEqual(['The form sent one field twice. Only the first was kept.']);
  });

  it('cuts an over-long note, name or price note to its limit and says so', () => {
    const state = readChecklistForm(
      form([
        [NAME_FIELD, 'n'.repeat(NAME_MAX + 5)],
        [noteField(second), 'a'.repeat(NOTE_MAX + 1)],
        [factField('includes'), 'b'.repeat(INCLUDES_MAX + 1)],
      ]),
      itemIds,
    );
    expect(state.name).toBe('n'.repeat(NAME_MAX));
    expect(state.notes[second]).toBe('a'.repeat(NOTE_MAX));
    expect(state.facts).toEqual({ includes: 'b'.repeat(INCLUDES_MAX) });
    expect(state.problems).toEqual([
      `The program name was longer than ${NAME_MAX} characters, so only the first ${NAME_MAX} were kept.`,
      `The note on question 2 was longer than ${NOTE_MAX} characters, so only the first ${NOTE_MAX} were kept.`,
      `What the price includes was longer than ${INCLUDES_MAX} characters, so only the first ${INCLUDES_MAX} were kept.`,
    ]);
  });

  it('counts a sent line break as one character, as the note box does', () => {
    // A browser sends the box's line breaks as CR LF: a note at the limit must not become too long.
    const note = `${'a'.repeat(NOTE_MAX - 3)}\r\n\r\nb`;
    const state = readChecklistForm(form([[noteField(first), note]]), itemIds);
    expect(state.notes[first]).toBe(`${'a'.repeat(NOTE_MAX - 3)}\n\nb`);
    expect(state.problems).toEqual([]);
  });

  it('keeps a bad number as typed, with the message the facts box gives, and the good facts beside it', () => {
    const state = readChecklistForm(
      form([
        [factField('price'), 'about 2k'],
        [factField('hours'), '0'],
        [factField('weeks'), '12'],
      ]),
      itemIds,
    );
    expect(state.factErrors).toEqual({
      price: { text: 'about 2k', message: 'Enter a whole number, like 2500' },
      hours: { text: '0', message: 'Enter a number from 1 to 5,000' },
    });
    expect(state.facts).toEqual({ weeks: 12 });
    expect(state.problems).toEqual([]);
  });

  it('never throws: a file, a flood of fields and odd keys each get a message or are ignored', () => {
    const flood: [string, string][] = Array.from({ length: MAX_FIELDS + 50 }, (_, i) => [`junk-${i}`, 'x']);
    const state = readChecklistForm(form([[answerField(first), 'yes'], [noteField(second), new File(['x'], 'x.txt')], ...flood]), itemIds);
    expect(state.answers).toEqual({ [first]: 'yes' });
    expect(state.problems).toEqual([
      'The form sent a file. The checklist has no place for one, so it was left out.',
      'The form sent far more than the checklist has, so the rest was not read.',
    ]);
    expect(() => readChecklistForm(form([['', ''], ['answer-', 'yes'], ['note-', 'x'], ['fact-', '1'], ['fact-pay', '']]), itemIds)).not.toThrow();
  });
});
