import { ANSWERS, NAME_MAX, NOTE_MAX, type Answer } from '../../../lib/checklist/evaluation';
import { INCLUDES_MAX, type Facts } from '../../../lib/checklist/facts';
import type { SharedEvaluation } from '../../../lib/checklist/share-link';

/** mulberry32: a tiny seeded PRNG, so every run builds the same strings (the browser tests use it too). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the provider said they would send the refund policy by email but it has not come yet and the ' +
  'brochure names a hospital partner I could not confirm two graduates I found on a forum got jobs ' +
  'within a month while another waited half a year for an interview the price includes books exam ' +
  'fees and a laptop loan my employer may pay half if I pass the course counselor at the job center ' +
  'checked the state list'
).split(' ');

/** Text of exactly `length` UTF-16 code units from `unit`, which gives one or two units at a time. */
function textOf(length: number, unit: () => string): string {
  let text = '';
  while (text.length < length) {
    const next = unit();
    text += text.length + next.length <= length ? next : 'x';
  }
  return text;
}

const between = (random: () => number, from: number, to: number) => from + Math.floor(random() * (to - from + 1));

/**
 * The kinds of text a worst case is made of: prose a reader writes (compresses well), random
 * printable ASCII (hardly compresses), Chinese (3 bytes of UTF-8 a character), emoji (4 bytes
 * for 2 code units), and control characters and lone surrogates, which JSON writes as 6-byte
 * escapes: the longest JSON any text of a given length can take.
 */
export const TEXT_KINDS = {
  'ASCII prose': (random: () => number) => () => `${WORDS[Math.floor(random() * WORDS.length)]} `,
  'random ASCII': (random: () => number) => () => String.fromCharCode(between(random, 33, 126)),
  Chinese: (random: () => number) => () => String.fromCharCode(between(random, 0x4e00, 0x9fff)),
  emoji: (random: () => number) => () => String.fromCodePoint(between(random, 0x1f300, 0x1faff)),
  'control characters and lone surrogates': (random: () => number) => () =>
    random() < 0.5 ? String.fromCharCode(between(random, 0x0e, 0x1f)) : String.fromCharCode(between(random, 0xd800, 0xdfff)),
} as const;
export type TextKind = keyof typeof TEXT_KINDS;

/** Text of exactly `length` code units of one kind, with no space at either end (links trim them). */
export function textOfKind(kind: TextKind, length: number, seed: number): string {
  const text = textOf(length, TEXT_KINDS[kind](prng(seed)));
  return text.replace(/^\s/, 'x').replace(/\s$/, 'x');
}

/** Every fact given, at its widest. */
export const fullFacts = (includes: string): Facts => ({ price: 100_000, includes, hours: 5_000, weeks: 260, format: 'in-person', pay: ['savings', 'employer', 'loan', 'isa', 'grant'] });

/**
 * A checklist filled to every limit the page sets: every question answered and noted to
 * NOTE_MAX, a name of NAME_MAX and every fact, all written in one kind of text.
 */
export function fullyNoted(kind: TextKind, itemIds: readonly string[], seed = 1): SharedEvaluation {
  return {
    name: textOfKind(kind, NAME_MAX, seed),
    answers: Object.fromEntries(itemIds.map((id, i) => [id, ANSWERS[i % ANSWERS.length] as Answer])),
    notes: Object.fromEntries(itemIds.map((id, i) => [id, textOfKind(kind, NOTE_MAX, seed * 1000 + i)])),
    facts: fullFacts(textOfKind(kind, INCLUDES_MAX, seed + 7)),
  };
}
