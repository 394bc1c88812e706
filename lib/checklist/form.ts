// zod/mini: the island reads its own form with this module too, in the browser.
import * as z from 'zod/mini';
import { answerSchema, NAME_MAX, NOTE_MAX, type Answer } from './evaluation';
import { factsSchema, FORMATS, INCLUDES_MAX, NUMBER_FACTS, parseNumberFact, PAYMENTS, type Facts, type NumberFact } from './facts';
import { factField, NAME_FIELD } from './form-fields';

export { answerField, factField, NAME_FIELD, noteField } from './form-fields';

/**
 * The checklist as a plain form (components/checklist/ChecklistForm.tsx): the one reader of what
 * a form sent. The fields' names are in ./form-fields.ts. Without JavaScript the server action
 * (app/checklist/actions.ts) reads the posted form with it and the page draws the summary from
 * the result; with JavaScript the island loads it only when its form held something chosen or
 * typed before its script ran. Nothing here stores or logs anything.
 */

/** More fields than this is not a form the page made: the rest are not read. */
export const MAX_FIELDS = 400;

/** What a sent form holds, in the shape the island starts from (its `initial`). Plain data. */
export type ChecklistFormState = {
  /** True once the form has been sent. */
  submitted: boolean;
  name: string;
  answers: Record<string, Answer>;
  notes: Record<string, string>;
  facts?: Facts;
  /** A number box whose text is not a number in range: the text as sent, and what to enter instead. */
  factErrors: Partial<Record<NumberFact, { text: string; message: string }>>;
  /** Fields the page did not make, or values it never offers, each said once in plain words. */
  problems: string[];
};

export const emptyFormState = (): ChecklistFormState => ({ submitted: false, name: '', answers: {}, notes: {}, factErrors: {}, problems: [] });

const NUMBER_KEYS = Object.keys(NUMBER_FACTS) as NumberFact[];
const formatSchema = z.enum(FORMATS);
const paymentSchema = z.enum(PAYMENTS);
const nameSchema = z.string().check(z.maxLength(NAME_MAX));
const noteSchema = z.string().check(z.maxLength(NOTE_MAX));
const includesSchema = z.string().check(z.maxLength(INCLUDES_MAX));

/** A browser sends a text box's line breaks as CR LF; the box itself, and its limit, count one character. */
const lines = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * Reads a sent checklist form. Never throws: a field the page did not make, a value it never
 * offers or text over its limit is left out (text is cut to its limit) and named in `problems`,
 * and a number box that does not hold a number in range keeps its text and says what to enter.
 * Fields that belong to the framework (`$ACTION_…`) are skipped.
 */
export function readChecklistForm(data: Iterable<[string, FormDataEntryValue]>, itemIds: readonly string[]): ChecklistFormState {
  const state: ChecklistFormState = { ...emptyFormState(), submitted: true };
  const problems = new Set<string>();
  const numberOf = new Map(itemIds.map((id, i) => [id, i + 1]));
  const seen = new Set<string>();
  const facts: Record<string, unknown> = {};
  const pay = new Set<string>();
  let count = 0;

  for (const [key, value] of data) {
    if (key.startsWith('$ACTION')) continue;
    if (++count > MAX_FIELDS) {
      problems.add('The form sent far more than the checklist has, so the rest was not read.');
      break;
    }
    if (typeof value !== 'string') {
      problems.add('The form sent a file. The checklist has no place for one, so it was left out.');
      continue;
    }
    // Only a payment can be chosen more than once.
    if (key !== factField('pay')) {
      if (seen.has(key)) {
        problems.add('The form sent one field twice. Only the first was kept.');
        continue;
      }
      seen.add(key);
    }

    if (key === NAME_FIELD) {
      const parsed = nameSchema.safeParse(value);
      if (!parsed.success) problems.add(`The program name was longer than ${NAME_MAX} characters, so only the first ${NAME_MAX} were kept.`);
      state.name = parsed.success ? parsed.data : value.slice(0, NAME_MAX);
    } else if (key.startsWith('answer-')) {
      const id = key.slice('answer-'.length);
      const parsed = answerSchema.safeParse(value);
      if (!numberOf.has(id)) problems.add('The form sent an answer to a question this checklist does not have. It was left out.');
      else if (!parsed.success) problems.add(`The answer to question ${numberOf.get(id)} was not one the checklist offers, so it was left out.`);
      else state.answers[id] = parsed.data;
    } else if (key.startsWith('note-')) {
      const id = key.slice('note-'.length);
      const text = lines(value);
      const parsed = noteSchema.safeParse(text);
      if (!numberOf.has(id)) problems.add('The form sent a note for a question this checklist does not have. It was left out.');
      else {
        if (!parsed.success) problems.add(`The note on question ${numberOf.get(id)} was longer than ${NOTE_MAX} characters, so only the first ${NOTE_MAX} were kept.`);
        const note = parsed.success ? parsed.data : text.slice(0, NOTE_MAX);
        if (note.trim()) state.notes[id] = note;
      }
    } else if (NUMBER_KEYS.some((f) => key === factField(f))) {
      const fact = key.slice('fact-'.length) as NumberFact;
      const parsed = parseNumberFact(fact, value);
      if (!parsed.ok) state.factErrors[fact] = { text: value.slice(0, 40), message: parsed.message };
      else if (parsed.value !== undefined) facts[fact] = parsed.value;
    } else if (key === factField('includes')) {
      const parsed = includesSchema.safeParse(value);
      if (!parsed.success) problems.add(`What the price includes was longer than ${INCLUDES_MAX} characters, so only the first ${INCLUDES_MAX} were kept.`);
      const text = parsed.success ? parsed.data : value.slice(0, INCLUDES_MAX);
      if (text) facts.includes = text;
    } else if (key === factField('format')) {
      const parsed = formatSchema.safeParse(value);
      if (parsed.success) facts.format = parsed.data;
      else problems.add('The format sent is not one the checklist offers, so it was left out.');
    } else if (key === factField('pay')) {
      const parsed = paymentSchema.safeParse(value);
      if (parsed.success) pay.add(parsed.data);
      else problems.add('A way to pay that was sent is not one the checklist offers, so it was left out.');
    }
    // Any other field (a browser extension's, say) is not the checklist's, and is not read.
  }

  if (pay.size) facts.pay = PAYMENTS.filter((p) => pay.has(p));
  if (Object.keys(facts).length) {
    // The same schema as saved and shared checklists: what passes here is what they can hold.
    const parsed = factsSchema.safeParse(facts);
    if (parsed.success) state.facts = parsed.data;
    else problems.add('The program facts could not be read, so they were left out.');
  }
  state.problems = [...problems];
  return state;
}
