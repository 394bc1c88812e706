// zod/mini: this module ships to the browser, where every kilobyte counts.
import * as z from 'zod/mini';

/**
 * The facts shoppers compare about a program: its price and what that includes, hours of
 * instruction, length in weeks, format, and how the reader would pay. All optional; saved with
 * the evaluation, carried in share links, shown on the summary, the handout and compare.
 */

export const FORMATS = ['online', 'in-person', 'mixed'] as const;
export const PAYMENTS = ['savings', 'employer', 'loan', 'isa', 'grant'] as const;
export type Format = (typeof FORMATS)[number];
export type Payment = (typeof PAYMENTS)[number];

export const formatLabels: Record<Format, string> = { online: 'Online', 'in-person': 'In person', mixed: 'Mixed: online and in person' };
export const paymentLabels: Record<Payment, string> = {
  savings: 'Savings',
  employer: 'An employer',
  loan: 'A loan',
  isa: 'An income share agreement',
  grant: 'A grant or scholarship',
};

/** The whole-number facts, with the range each accepts and how the reader is told when a value is out of it. */
export const NUMBER_FACTS = {
  price: { label: 'Price in US dollars', min: 0, max: 100_000, example: '2500' },
  hours: { label: 'Hours of instruction', min: 1, max: 5_000, example: '300' },
  weeks: { label: 'Length in weeks', min: 1, max: 260, example: '12' },
} as const;
export type NumberFact = keyof typeof NUMBER_FACTS;

/** Longest "what the price includes". */
export const INCLUDES_MAX = 120;

/** 2500 → "2,500" (without Intl, which is slow to start on a phone). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function wholeNumber(fact: NumberFact) {
  const { min, max } = NUMBER_FACTS[fact];
  const range = fact === 'price' ? `from $${grouped(min)} to $${grouped(max)}` : `from ${grouped(min)} to ${grouped(max)}`;
  return z.int({ error: `Enter a whole number, like ${NUMBER_FACTS[fact].example}` }).check(
    z.gte(min, { error: `Enter a number ${range}` }),
    z.lte(max, { error: `Enter a number ${range}` }),
  );
}

export const factsSchema = z.strictObject({
  /** Price in whole US dollars. */
  price: z.optional(wholeNumber('price')),
  /** What the price includes (books, exam fees…), as the reader wrote it. */
  includes: z.optional(z.string().check(z.minLength(1), z.maxLength(INCLUDES_MAX))),
  /** Hours of instruction. */
  hours: z.optional(wholeNumber('hours')),
  /** Length in weeks. */
  weeks: z.optional(wholeNumber('weeks')),
  format: z.optional(z.enum(FORMATS)),
  /** Every way the reader would pay, in the order of PAYMENTS. */
  pay: z.optional(z.array(z.enum(PAYMENTS)).check(z.minLength(1), z.maxLength(PAYMENTS.length))),
});
export type Facts = z.infer<typeof factsSchema>;

export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false; message: string };

/**
 * A number box's text as a fact: empty is no value; "$2,500" and "2 500" are 2500; anything
 * else, or a number out of range, is a message saying what to enter.
 */
export function parseNumberFact(fact: NumberFact, text: string): ParsedNumber {
  const cleaned = text.trim().replace(/^\$/, '').replace(/[,\s]/g, '');
  if (cleaned === '') return { ok: true, value: undefined };
  const value = /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  const parsed = wholeNumber(fact).safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? 'Enter a whole number' };
}

/** The facts with one changed; an empty value is removed, and no facts at all is undefined. */
export function withFact<K extends keyof Facts>(facts: Facts | undefined, key: K, value: Facts[K] | undefined): Facts | undefined {
  const next: Facts = { ...facts };
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) delete next[key];
  else next[key] = key === 'pay' ? (PAYMENTS.filter((p) => (value as Payment[]).includes(p)) as Facts[K]) : value;
  return Object.keys(next).length ? next : undefined;
}

/** The labels factRows gives, in its order. */
export const FACT_LABELS = ['Price', 'Hours of instruction', 'Length', 'Format', 'How you would pay'] as const;

/** Each fact the reader gave, as a label and a value in words, in a fixed order. */
export function factRows(facts: Facts | undefined): { label: string; value: string }[] {
  if (!facts) return [];
  const rows: { label: string; value: string }[] = [];
  if (facts.price !== undefined) rows.push({ label: 'Price', value: `$${grouped(facts.price)}${facts.includes ? `, including ${facts.includes}` : ''}` });
  else if (facts.includes) rows.push({ label: 'Price', value: `Not given, including ${facts.includes}` });
  if (facts.hours !== undefined) rows.push({ label: 'Hours of instruction', value: grouped(facts.hours) });
  if (facts.weeks !== undefined) rows.push({ label: 'Length', value: `${grouped(facts.weeks)} week${facts.weeks === 1 ? '' : 's'}` });
  if (facts.format) rows.push({ label: 'Format', value: formatLabels[facts.format] });
  if (facts.pay?.length) rows.push({ label: 'How you would pay', value: facts.pay.map((p) => paymentLabels[p]).join(', ') });
  return rows;
}

/**
 * Workforce Pell Grants pay only for programs of at least 150 and fewer than 600 clock hours,
 * over at least 8 and fewer than 15 weeks (source `workforce-pell-rule`).
 */
export const WORKFORCE_PELL = { minHours: 150, maxHours: 599, minWeeks: 8, maxWeeks: 14 } as const;

/**
 * Where the guide explains each meaning. The sections named here exist today; the guide's own
 * articles on Workforce Pell and on contracts (`/guides/workforce-pell`, `/guides/before-you-sign`)
 * are the better targets once they exist.
 */
export const FACT_GUIDES = {
  length: { href: '/guides/workforce-pell#how-long-the-program-must-be', text: 'How long the program must be' },
  paying: { href: '/guides/before-you-sign#income-share-agreements-are-loans', text: 'Income share agreements are loans' },
} as const;

export type FactMeaning = { text: string; sourceId: string; guide: { href: string; text: string } };

/** What the facts mean, where a source says: the Workforce Pell length window, and that an ISA is a loan. */
export function factMeanings(facts: Facts | undefined): FactMeaning[] {
  if (!facts) return [];
  const meanings: FactMeaning[] = [];
  const { hours, weeks } = facts;
  if (hours !== undefined && weeks !== undefined) {
    const p = WORKFORCE_PELL;
    const window = `${p.minHours} to ${p.maxHours} hours over ${p.minWeeks} to ${p.maxWeeks} weeks`;
    const inside = hours >= p.minHours && hours <= p.maxHours && weeks >= p.minWeeks && weeks <= p.maxWeeks;
    meanings.push({
      text: inside
        ? `Its length is inside the range a Workforce Pell Grant can pay for (${window}). That alone does not make it eligible: ask the school if this program is approved.`
        : `Its length is outside the range a Workforce Pell Grant can pay for (${window}), so that grant cannot pay for it.`,
      sourceId: 'workforce-pell-rule',
      guide: FACT_GUIDES.length,
    });
  }
  if (facts.pay?.includes('isa')) {
    meanings.push({
      text: 'An income share agreement is a loan: the U.S. Department of Education said so in 2022. Find out what you would repay in all, and for how long.',
      sourceId: 'ed-isa-2022',
      guide: FACT_GUIDES.paying,
    });
  }
  return meanings;
}
