// zod/mini: this module ships to the browser, where every kilobyte counts.
import * as z from 'zod/mini';
import { factsSchema, type Facts } from './facts';

/** The three answers every checklist question offers. */
export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export const answerSchema = z.enum(ANSWERS);
export type Answer = z.infer<typeof answerSchema>;

/**
 * Longest program name and note the tool accepts, in UTF-16 code units (what a text box's
 * maxLength and a string's length count). A note of 500 characters holds what a reader found
 * out, with room to spare (a realistic one took 84). Share links are sized from these limits
 * (share-link.ts), so a checklist noted to the limit on every question still fits in one.
 * Saved data from when notes were capped at 100 characters reads as it is.
 */
export const NAME_MAX = 80;
export const NOTE_MAX = 500;

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** One program the reader is evaluating, as saved in this browser. */
export const evaluationSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The program's name as the reader typed it; may be empty while they start. */
  name: z.string().check(z.maxLength(NAME_MAX)),
  /** Answers by checklist item id. Ids no longer in the checklist are kept, not dropped. */
  answers: z.record(z.string().check(z.maxLength(64)), answerSchema),
  /** Notes by checklist item id. */
  notes: z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(NOTE_MAX))),
  /** Price, hours, weeks, format and how the reader would pay, where they gave them (facts.ts). */
  facts: z.optional(factsSchema),
  /** ISO timestamps, as Date.toISOString() writes them. */
  created: z.string().check(z.regex(ISO_TIMESTAMP)),
  updated: z.string().check(z.regex(ISO_TIMESTAMP)),
});

export type Evaluation = z.infer<typeof evaluationSchema>;

function newId(): string {
  // randomUUID needs a secure context; fall back for plain-http previews.
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

export function newEvaluation(name = '', now = new Date()): Evaluation {
  const stamp = now.toISOString();
  return { id: newId(), name: name.slice(0, NAME_MAX), answers: {}, notes: {}, created: stamp, updated: stamp };
}

/** A readable name for lists and headings, even before the reader types one. */
export function displayName(e: Pick<Evaluation, 'name'>): string {
  return e.name.trim() || 'Unnamed program';
}

/** Characters that change the direction of the text around them, or are written right to left. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * Text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE where it holds anything that
 * could turn the text after it around (right-to-left letters, a control such as U+202E), so that
 * "(2)" after a name, or the words around it in a select's option, read as written. Other text
 * is left exactly as typed. Pages also show names inside <bdi> (components/checklist/UserText).
 */
export const isolatedText = (text: string) => (BIDI.test(text) ? `\u2068${text}\u2069` : text);

/**
 * Names that tell saved checklists apart: two "Unnamed program"s, or two copies of one shared
 * link, become "Unnamed program" and "Unnamed program (2)", numbered from the oldest.
 */
export function distinctNames(evaluations: readonly Pick<Evaluation, 'id' | 'name' | 'created'>[]): Map<string, string> {
  const oldestFirst = [...evaluations].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const e of oldestFirst) {
    const name = displayName(e);
    const key = name.toLocaleLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    const shown = isolatedText(name);
    names.set(e.id, count === 1 ? shown : `${shown} (${count})`);
  }
  return names;
}

type Content = Pick<Evaluation, 'name' | 'answers' | 'notes' | 'facts'>;

/** Whether two checklists hold the same name, answers, notes and facts (a second copy of one link). */
export function sameContent(a: Content, b: Content): boolean {
  const entries = (r: Record<string, unknown> | undefined) => JSON.stringify(Object.entries(r ?? {}).sort(([x], [y]) => x.localeCompare(y)));
  return a.name === b.name && entries(a.answers) === entries(b.answers) && entries(a.notes) === entries(b.notes) && entries(a.facts) === entries(b.facts);
}

const touch = (e: Evaluation, now: Date): Evaluation => ({ ...e, updated: now.toISOString() });

/** The evaluation with one answer set. */
export function withAnswer(e: Evaluation, itemId: string, answer: Answer, now = new Date()): Evaluation {
  return touch({ ...e, answers: { ...e.answers, [itemId]: answer } }, now);
}

/** The evaluation with one note set; an empty note is removed. */
export function withNote(e: Evaluation, itemId: string, note: string, now = new Date()): Evaluation {
  const notes = { ...e.notes };
  const trimmed = note.slice(0, NOTE_MAX);
  if (trimmed.trim()) notes[itemId] = trimmed;
  else delete notes[itemId];
  return touch({ ...e, notes }, now);
}

/** The evaluation with its facts replaced; no facts at all removes the field. */
export function withFacts(e: Evaluation, facts: Facts | undefined, now = new Date()): Evaluation {
  const { facts: _old, ...rest } = e;
  return touch(facts ? { ...rest, facts } : rest, now);
}

export function withName(e: Evaluation, name: string, now = new Date()): Evaluation {
  return touch({ ...e, name: name.slice(0, NAME_MAX) }, now);
}
