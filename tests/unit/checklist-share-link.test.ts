import { describe, expect, it } from 'vitest';
import { ANSWERS, NAME_MAX, NOTE_MAX, type Answer } from '@/lib/checklist/evaluation';
import {
  decodeShareFragment,
  encodeShareFragment,
  LINK_ID_MAX,
  LINK_QUESTIONS,
  MAX_FRAGMENT,
  MAX_JSON_BYTES,
  sealedLength,
  type DecodeResult,
  type SharedEvaluation,
} from '@/lib/checklist/share-link';
import { isShareFragment, SHARE_PREFIX } from '@/lib/checklist/share-fragment';
import { crc32 } from '@/lib/checklist/sealed';
import { getChecklist } from '@/lib/content';
import { checklistFileSchema } from '@/lib/content/checklist';
import { fullyNoted, prng, TEXT_KINDS, textOfKind, type TextKind } from './helpers/full-checklist';

// ---------------------------------------------------------------------------------------------
// Helpers: the real checklist's item ids and a hand-made encoder for tampered payloads; the
// seeded random generator and the fully noted worst cases are in helpers/full-checklist.ts.
// ---------------------------------------------------------------------------------------------

const itemIds: readonly string[] = getChecklist().sections.flatMap((s) => s.items.map((i) => i.id));
const PAGE = 'https://guide.example.org/checklist#';

const decode = (hash: string) => decodeShareFragment(hash, itemIds);

/** Encodes and fails the test unless a fragment came back. */
async function encodeOk(e: SharedEvaluation, ids: readonly string[] = itemIds): Promise<string> {
  const result = await encodeShareFragment(e, ids);
  if (!result.ok) throw new Error(`expected a fragment, got ${JSON.stringify(result)}`);
  return result.fragment;
}

/** Decodes and fails the test unless it decoded. */
async function decodeOk(hash: string, ids: readonly string[] = itemIds): Promise<SharedEvaluation> {
  const result = await decodeShareFragment(hash, ids);
  if (!result.ok) throw new Error(`expected ${hash.slice(0, 60)}… to decode, got ${JSON.stringify(result)}`);
  return result.shared;
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A share fragment whose payload is exactly this text (or these bytes), built without the codec. */
async function handBuilt(payload: string | Uint8Array, version = '1'): Promise<string> {
  const bytes = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
  return `share=${version}.${base64url(await deflateRaw(bytes))}`;
}

const answerFor = (i: number): Answer => ANSWERS[i % ANSWERS.length] as Answer;

/** Every real item answered, cycling yes / no / unsure. */
const allAnswers = (): Record<string, Answer> => Object.fromEntries(itemIds.map((id, i) => [id, answerFor(i)]));

/**
 * Notes a reader might really write, one per question, each 150–200 characters and all different
 * (so the compressor cannot lean on repetition).
 */
const REALISTIC_NOTES = [
  'I want to work as a medical billing specialist at one of the two hospitals in town, ideally on the day shift so I can still pick up my kids from school by four.',
  'Indeed showed fourteen openings within twenty miles last week, mostly at clinics and one insurance office near the bus line downtown; two were part-time only.',
  'About half the listings ask for a certificate plus one year of experience. Only the hospital jobs mention an associate degree, and one says "or equivalent experience".',
  'After this I could sit the coding exam from the national association. My cousin says coders earn noticeably more after two years, so that is the likely next step.',
  'The brochure names a regional health network as a partner, but I could not find out what they actually did beyond lending their logo. I emailed twice, no reply yet.',
  'There is a six-week externship at a partner clinic in the final term, though the contract says placement depends on availability and is not guaranteed to anyone.',
  'Three of the fourteen listings named this exact certificate; the others asked for any recognized billing credential. Nobody listed it as a hard requirement though.',
  'Reddit threads were mixed: two graduates got jobs within a month, while one said the instructors changed every few weeks and nobody answered questions by email.',
  'My neighbor manages a dental office and recognized the name right away. She hired someone with it last spring and said the new hire knew the insurance forms well.',
  'The school is run by a company registered in Delaware. The state education board lists it as licensed since 2016, and I found no complaints with the attorney general.',
  'Sixteen weeks online at about ten hours a week seems fine for billing basics, but the ad claims you will "master all medical coding", which takes far longer than that.',
  'The ad says graduates earn up to $60,000 a year, which is far above anything local listings offer for entry-level billing work. That number worries me quite a bit.',
  'It says it is accredited, but the accreditor named is not on the Department of Education list I checked. Need to ask them, in writing, who reviews their courses.',
  'A sales rep called twice in one day and offered a discount that "expires Friday". It made me feel rushed rather than informed, so I told him I would decide later.',
  'I compared wage data from the state labor office: median pay for this role here is about $41,000, not $60,000. Starting pay at the clinic I called was $18 an hour.',
  'The community college registrar said they would review the transcript case by case and might award up to nine credits toward the health information associate degree.',
  'It could count toward the health information technology degree, but only if I start that degree within five years of finishing. Worth getting that promise in writing.',
  'Evening classes twice a week fit around my grocery store shifts, although the proctored final exam is only offered on weekday mornings, so I would need a day off work.',
  'The enrollment agreement has a three-day cancellation window and a refund table; after week four nothing is refunded, which seems steep for an online-only course.',
  'Books and the exam voucher cost an extra $450 on top of tuition. The financial aid office said federal aid does not apply, but a workforce grant from the county might.',
  'I asked for the completion rate and job placement rate for last year. They sent a one-page flyer with percentages but no numbers of students or how they counted them.',
  'The instructor for the Tuesday cohort has worked in a hospital billing department for eleven years, according to her profile, which makes me feel better about it.',
  'HR says the company plan covers up to half of approved courses each year, but only after I pass, and I would owe it back if I quit within twelve months of finishing.',
  'The job center counselor checked the state list: this school is on it, though a cheaper program at the technical college nearby is listed for the very same job title.',
];

/** A realistic program name of exactly NAME_MAX (80) characters. */
const LONG_NAME = 'Riverside Career Institute: Medical Billing & Coding Certificate, Evening Cohort';

/** A realistic note per real item, cut to at most `max` characters. */
function realisticNotes(max = NOTE_MAX): Record<string, string> {
  if (itemIds.length > REALISTIC_NOTES.length) throw new Error('add more REALISTIC_NOTES: the checklist grew');
  return Object.fromEntries(itemIds.map((id, i) => [id, (REALISTIC_NOTES[i] as string).slice(0, max).trim()]));
}

const SAMPLE: SharedEvaluation = {
  name: 'Acme Data Analytics Certificate',
  answers: { 'job-named': 'yes', 'provider-known': 'no', 'credit-known': 'unsure' },
  notes: { 'job-named': 'Junior data analyst at a hospital.', 'provider-known': 'Only their own website mentions them.' },
};

// ---------------------------------------------------------------------------------------------

describe('share link: the real checklist', () => {
  it('has the item ids these tests rely on', () => {
    expect(itemIds.length).toBeGreaterThanOrEqual(10);
    expect(new Set(itemIds).size).toBe(itemIds.length);
    for (const id of Object.keys(SAMPLE.answers)) expect(itemIds).toContain(id);
  });
});

describe('encodeShareFragment / decodeShareFragment: round trip', () => {
  it('gives back the name, answers and notes it was given', async () => {
    const fragment = await encodeOk(SAMPLE);
    expect(await decodeOk(fragment)).toEqual(SAMPLE);
  });

  it('writes share=2., base64url, a dot and an 8-digit checksum', async () => {
    const fragment = await encodeOk(SAMPLE);
    expect(fragment.startsWith('share=2.')).toBe(true);
    expect(fragment).toMatch(/^share=2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(isShareFragment(fragment)).toBe(true);
    expect(isShareFragment(`#${fragment}`)).toBe(true);
  });

  it('decodes the fragment with or without its leading #', async () => {
    const fragment = await encodeOk(SAMPLE);
    expect(await decodeOk(`#${fragment}`)).toEqual(SAMPLE);
  });

  it('decodes a link whose = a mail app sent as %3D', async () => {
    const fragment = await encodeOk(SAMPLE);
    const escaped = `#${fragment.replace('=', '%3D')}`;
    expect(isShareFragment(escaped)).toBe(true);
    expect(await decodeOk(escaped)).toEqual(SAMPLE);
  });

  it('round-trips every real item answered, with a note on each', async () => {
    const e: SharedEvaluation = { name: 'Full checklist', answers: allAnswers(), notes: realisticNotes(60) };
    const shared = await decodeOk(await encodeOk(e));
    expect(shared).toEqual(e);
    expect(Object.keys(shared.answers)).toHaveLength(itemIds.length);
  });

  it('round-trips an evaluation with nothing filled in', async () => {
    const empty: SharedEvaluation = { name: '', answers: {}, notes: {} };
    expect(await decodeOk(await encodeOk(empty))).toEqual(empty);
  });

  it('round-trips text outside ASCII', async () => {
    const e: SharedEvaluation = {
      name: 'Café Técnico — Certificado 🎓',
      answers: { 'job-named': 'yes' },
      notes: { 'job-named': 'Ingeniería de datos; 数据分析师; “quotes” & <angle> brackets' },
    };
    expect(await decodeOk(await encodeOk(e))).toEqual(e);
  });
});

describe('encodeShareFragment: what goes into the link', () => {
  it('leaves out answers and notes for ids not in the checklist', async () => {
    const e: SharedEvaluation = {
      name: 'x',
      answers: { 'job-named': 'no', 'retired-question': 'yes' },
      notes: { 'retired-question': 'An old note.' },
    };
    expect(await decodeOk(await encodeOk(e))).toEqual({ name: 'x', answers: { 'job-named': 'no' }, notes: {} });
  });

  it('trims the name and the notes, and drops notes that are only spaces', async () => {
    const e: SharedEvaluation = {
      name: '   Padded name \n',
      answers: {},
      notes: { 'job-named': '  spaced out note \t', 'provider-known': '   \n  ' },
    };
    expect(await decodeOk(await encodeOk(e))).toEqual({ name: 'Padded name', answers: {}, notes: { 'job-named': 'spaced out note' } });
  });

  it('caps the name at NAME_MAX and each note at NOTE_MAX characters', async () => {
    const name = 'N'.repeat(NAME_MAX + 25);
    const note = 'abcdefghij'.repeat(80); // 800 characters
    const shared = await decodeOk(await encodeOk({ name, answers: {}, notes: { 'job-named': note } }));
    expect(shared.name).toBe('N'.repeat(NAME_MAX));
    expect(shared.notes['job-named']).toBe(note.slice(0, NOTE_MAX));
    expect(shared.notes['job-named']).toHaveLength(NOTE_MAX);
  });
});

describe('decodeShareFragment: answers for questions the checklist no longer has', () => {
  it('drops answers and notes whose ids are not in the checklist', async () => {
    const fragment = await encodeOk(
      { name: 'Old link', answers: { 'job-named': 'yes', 'retired-question': 'no' }, notes: { 'retired-question': 'gone', 'job-named': 'kept' } },
      [...itemIds, 'retired-question'],
    );
    expect(await decodeOk(fragment)).toEqual({ name: 'Old link', answers: { 'job-named': 'yes' }, notes: { 'job-named': 'kept' } });
  });

  it('drops everything when the page knows none of the ids', async () => {
    const fragment = await encodeOk(SAMPLE);
    expect(await decodeOk(fragment, ['some-other-question'])).toEqual({ name: SAMPLE.name, answers: {}, notes: {} });
  });
});

describe('share link: size', () => {
  it('is sized for the real checklist: no more questions than LINK_QUESTIONS, no id longer than LINK_ID_MAX', () => {
    expect(itemIds.length).toBeLessThanOrEqual(LINK_QUESTIONS);
    for (const id of itemIds) expect(id.length, id).toBeLessThanOrEqual(LINK_ID_MAX);
  });

  it('allows for the longest JSON a payload can be: every text at its limit, written as 6-byte escapes', async () => {
    // LINK_QUESTIONS questions with ids of LINK_ID_MAX, each answered and noted in escapes.
    const ids = Array.from({ length: LINK_QUESTIONS }, (_, i) => `${i}`.padStart(LINK_ID_MAX, 'q'));
    const worst = fullyNoted('control characters and lone surrogates', ids);
    const json = JSON.stringify({ n: worst.name, a: Object.fromEntries(ids.map((id) => [id, 'y'])), t: worst.notes, f: { ...worst.facts, pay: Array(5).fill('employer') } });
    const bytes = new TextEncoder().encode(json).length;
    const allEscapes = new TextEncoder().encode(JSON.stringify({ n: '\u0001'.repeat(NAME_MAX), a: {}, t: Object.fromEntries(ids.map((id) => [id, '\u0001'.repeat(NOTE_MAX)])) })).length;
    // JSON writes a control character as 6 bytes: the most any one code unit takes.
    expect(JSON.stringify('\u0001')).toBe('"\\u0001"');
    expect(bytes).toBeLessThanOrEqual(MAX_JSON_BYTES);
    expect(allEscapes).toBeLessThanOrEqual(MAX_JSON_BYTES);
    // The bound is close to the worst case, not a number picked out of the air.
    expect(allEscapes).toBeGreaterThan(MAX_JSON_BYTES * 0.95);
    expect(MAX_FRAGMENT).toBe(sealedLength(SHARE_PREFIX, MAX_JSON_BYTES));
    // What Chromium takes (2 MB), with room for the page's address.
    expect(MAX_FRAGMENT).toBeLessThan(200_000);
    // Such a checklist, and one of random text that barely compresses, still make a link.
    for (const e of [worst, fullyNoted('random ASCII', ids)]) expect(await decodeOk(await encodeOk(e, ids), ids)).toEqual(e);
  });

  it('fits a fully answered checklist with a realistic 80-character note on every item in a URL under 2,000 characters', async () => {
    const notes = realisticNotes(80);
    expect(new Set(Object.values(notes)).size).toBe(itemIds.length);
    const e: SharedEvaluation = { name: LONG_NAME, answers: allAnswers(), notes };
    const fragment = await encodeOk(e);
    expect(`${PAGE}${fragment}`.length).toBeLessThan(2000);
    expect(await decodeOk(fragment)).toEqual(e);
  });

  const kinds = Object.keys(TEXT_KINDS) as TextKind[];
  it.each(kinds)('opens a checklist noted to the limit on every question in %s exactly as it was made', async (kind) => {
    const e = fullyNoted(kind, itemIds);
    for (const note of Object.values(e.notes)) expect(note).toHaveLength(NOTE_MAX);
    expect(e.name).toHaveLength(NAME_MAX);
    const fragment = await encodeOk(e);
    expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT);
    // Past the 1,900 characters links were capped at while notes were short.
    expect(fragment.length).toBeGreaterThan(1900);
    expect(await decodeOk(`#${fragment}`)).toEqual(e);
  });

  it('opens a checklist whose notes mix every kind of text, quotes, backslashes and new lines', async () => {
    const e = fullyNoted('ASCII prose', itemIds);
    e.notes = Object.fromEntries(
      itemIds.map((id, i) => [id, `"${textOfKind(kinds[i % kinds.length] as TextKind, 120, i)}" \\ \n${textOfKind('Chinese', 100, i)}\t${textOfKind('emoji', 100, i)}${'\\"'.repeat(20)}${textOfKind('random ASCII', 130, i)}x`.slice(0, NOTE_MAX)]),
    );
    expect(await decodeOk(await encodeOk(e))).toEqual(e);
  });

  it('says too-long only for data the page cannot make: a checklist far bigger than LINK_QUESTIONS allows', async () => {
    const ids = Array.from({ length: 400 }, (_, i) => `question-${i}`);
    const result = await encodeShareFragment(fullyNoted('random ASCII', ids), ids);
    expect(result.ok ? `a fragment of ${result.fragment.length} characters` : result).toEqual({ ok: false, reason: 'too-long' });
  });

  it('decodes a fragment of exactly MAX_FRAGMENT characters on its merits, and refuses one character more as too-long', async () => {
    const atLimit = `share=1.${'A'.repeat(MAX_FRAGMENT - 'share=1.'.length)}`;
    expect(atLimit).toHaveLength(MAX_FRAGMENT);
    expect(await decode(atLimit)).toEqual({ ok: false, reason: 'damaged' });
    expect(await decode(`${atLimit}A`)).toEqual({ ok: false, reason: 'too-long' });
    expect(await decode(`#${atLimit}A`)).toEqual({ ok: false, reason: 'too-long' });
    expect(await decode(`share=1.${'x'.repeat(MAX_FRAGMENT * 2)}`)).toEqual({ ok: false, reason: 'too-long' });
  });

  it('the content check refuses a checklist with more questions than links are sized for, or a longer id', () => {
    const item = (id: string) => ({
      id,
      question: 'Is this a question long enough?',
      why: 'Because the schema asks for twenty characters.',
      reassuring: 'A reassuring answer.',
      worrying: 'A worrying answer.',
      worryingAnswer: 'no',
      severity: 'check',
      guide: '/guides/some-guide#some-heading',
    });
    const file = (ids: string[]) => ({ sections: [{ id: 'only', title: 'Only section', intro: 'Every question in one place.', items: ids.map(item) }] });
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `question-${i}`);
    expect(checklistFileSchema.safeParse(file(ids(LINK_QUESTIONS))).success).toBe(true);
    const tooMany = checklistFileSchema.safeParse(file(ids(LINK_QUESTIONS + 1)));
    expect(tooMany.error?.issues[0]?.message).toMatch(/at most 30 questions/);
    const longId = checklistFileSchema.safeParse(file(['q'.repeat(LINK_ID_MAX + 1)]));
    expect(longId.error?.issues[0]?.message).toMatch(/at most 40 characters/);
  });
});

describe('decodeShareFragment: versions', () => {
  it('refuses a link of another format version as unknown-version', async () => {
    const valid = await encodeOk(SAMPLE);
    const v3 = valid.replace(/^share=2\./, 'share=3.');
    expect(await decode(v3)).toEqual({ ok: false, reason: 'unknown-version' });
    expect(await decode('share=3.')).toEqual({ ok: false, reason: 'unknown-version' });
    expect(await decode('#share=10.abc')).toEqual({ ok: false, reason: 'unknown-version' });
  });

  it('still opens version 1 links, made before the checksum, as they were', async () => {
    expect(await decode(await handBuilt('{"n":"x","a":{}}', '1'))).toEqual({ ok: true, shared: { name: 'x', answers: {}, notes: {} } });
    // Made by the version-1 encoder from SAMPLE; shared links like it are out there.
    const old = await handBuilt(JSON.stringify({ n: SAMPLE.name, a: { 'job-named': 'y', 'provider-known': 'n', 'credit-known': 'u' }, t: SAMPLE.notes }));
    expect(old).toMatch(/^share=1\.[A-Za-z0-9_-]+$/);
    expect(await decodeOk(old)).toEqual(SAMPLE);
  });

  it('refuses a version-2 link without its checksum, or with a wrong one, as damaged', async () => {
    expect(await decode(await handBuilt('{"n":"x","a":{}}', '2'))).toEqual({ ok: false, reason: 'damaged' });
    const valid = await encodeOk(SAMPLE);
    expect(await decode(valid.replace(/\.[0-9a-f]{8}$/, '.00000000'))).toEqual({ ok: false, reason: 'damaged' });
    expect(await decode(valid.replace(/\.[0-9a-f]{8}$/, ''))).toEqual({ ok: false, reason: 'damaged' });
    expect(await decode(valid.toUpperCase().replace('SHARE=', 'share='))).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('decodeShareFragment: links that are not share links, or are damaged', () => {
  const notShare: string[] = ['', '#', 'item-job-named', '#item-job-named', 'career-goal', 'summary', '#_=_', '#utm_source=newsletter', '#a=b'];
  it.each(notShare)('%j → not-a-share-link, and the page leaves it alone', async (hash) => {
    expect(isShareFragment(hash)).toBe(false);
    expect(await decode(hash)).toEqual({ ok: false, reason: 'not-a-share-link' });
  });

  // A link whose `share=` was mangled in copying is still meant as a share link.
  const mangledPrefix: string[] = ['shar=1.q1YqzStRsgJi', '#shar=1.q1YqzStRsgJiHaWSzLyU1CIlq2gA', 'Share=1.abc', ' share=1.abc', '#hare=1.q1YqzStRsgJi', '#=1.q1YqzStRsgJi', '#shar%3D1.q1YqzStRsgJi', '#share%3D1.%E0%A4%A'];
  it.each(mangledPrefix)('%j → damaged', async (hash) => {
    expect(isShareFragment(hash)).toBe(true);
    expect(await decode(hash)).toEqual({ ok: false, reason: 'damaged' });
  });

  const damaged: string[] = [
    'share=',
    '#share=',
    'share=1.',
    'share=1',
    'share=.abc',
    'share=x.abc',
    'share=1x.abc',
    'share=1.!!!',
    'share=1.abc def',
    'share=1.AAAA',
    'share=1.A',
    'share=1.%41%41',
    'share=1.abc=',
    'share=1.abc+/',
  ];
  it.each(damaged)('%j → damaged', async (hash) => {
    expect(await decode(hash)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('calls a real link damaged when it is cut short anywhere, and never throws', async () => {
    const fragment = await encodeOk({ name: 'Truncation test', answers: allAnswers(), notes: realisticNotes(40) });
    const data = fragment.length - 'share=2.'.length;
    expect(data).toBeGreaterThan(100);
    const cuts = new Set([1, 2, 3, 4, 5, 8, 13, 21, 34, 55, Math.floor(data / 2), data - 8, data - 4, data - 3, data - 2, data - 1]);
    for (const cut of cuts) {
      const truncated = fragment.slice(0, fragment.length - cut);
      expect(await decode(truncated), `cut ${cut} characters`).toEqual({ ok: false, reason: 'damaged' });
    }
  });
});

describe('decodeShareFragment: hand-built payloads', () => {
  const damagedPayloads: [label: string, json: string][] = [
    ['not JSON at all', 'this is not json'],
    ['truncated JSON', '{"n":"x","a":{"job-named":"y"'],
    ['JSON null', 'null'],
    ['a JSON array', '[]'],
    ['a JSON string', '"share"'],
    ['no name', '{"a":{}}'],
    ['no answers', '{"n":"x"}'],
    ['a name that is not text', '{"n":42,"a":{}}'],
    ['a name one character too long', JSON.stringify({ n: 'x'.repeat(NAME_MAX + 1), a: {} })],
    ['long-form answer "yes"', '{"n":"x","a":{"job-named":"yes"}}'],
    ['answer "x"', '{"n":"x","a":{"job-named":"x"}}'],
    ['answer true', '{"n":"x","a":{"job-named":true}}'],
    ['answer null', '{"n":"x","a":{"job-named":null}}'],
    ['answers as a list', '{"n":"x","a":["y","n"]}'],
    ['an item id in capitals', '{"n":"x","a":{"Job-Named":"y"}}'],
    ['an item id with a space', '{"n":"x","a":{"job named":"y"}}'],
    ['an item id over 64 characters', JSON.stringify({ n: 'x', a: { ['a'.repeat(65)]: 'y' } })],
    ['an extra top-level key', '{"n":"x","a":{},"z":1}'],
    ['the long key names', '{"name":"x","answers":{}}'],
    ['an empty note', '{"n":"x","a":{},"t":{"job-named":""}}'],
    ['a note one character too long', JSON.stringify({ n: 'x', a: {}, t: { 'job-named': 'x'.repeat(NOTE_MAX + 1) } })],
    ['a note that is not text', '{"n":"x","a":{},"t":{"job-named":5}}'],
    ['notes as a string', '{"n":"x","a":{},"t":"note"}'],
  ];
  it.each(damagedPayloads)('%s → damaged', async (_label, json) => {
    expect(await decode(await handBuilt(json))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('accepts the shortest valid payload, and a note of exactly NOTE_MAX characters', async () => {
    expect(await decode(await handBuilt('{"n":"","a":{}}'))).toEqual({ ok: true, shared: { name: '', answers: {}, notes: {} } });
    const note = 'y'.repeat(NOTE_MAX);
    expect(await decode(await handBuilt(JSON.stringify({ n: 'x', a: { 'job-named': 'u' }, t: { 'job-named': note } })))).toEqual({
      ok: true,
      shared: { name: 'x', answers: { 'job-named': 'unsure' }, notes: { 'job-named': note } },
    });
  });

  it('calls bytes that are not UTF-8 damaged', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"n":"'), 0xff, 0xfe, ...new TextEncoder().encode('","a":{}}')]);
    expect(await decode(await handBuilt(bytes))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses a small link that inflates to more than MAX_JSON_BYTES', async () => {
    // Valid JSON of a valid shape: only its size is wrong.
    const big = `{"n":"x","a":{"job-named":"y"}${' '.repeat(MAX_JSON_BYTES)}}`;
    const fragment = await handBuilt(big);
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT);
    expect(await decode(fragment)).toEqual({ ok: false, reason: 'damaged' });
    // A note-sized bomb: 1 MB of one letter.
    const bomb = await handBuilt(`{"n":"x","a":{},"t":{"job-named":"${'a'.repeat(1_000_000)}"}}`);
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT);
    expect(await decode(bomb)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('still accepts the same padded payload when it stays under MAX_JSON_BYTES', async () => {
    const padded = `{"n":"x","a":{"job-named":"y"}${' '.repeat(MAX_JSON_BYTES - 100)}}`;
    expect(await decode(await handBuilt(padded))).toEqual({ ok: true, shared: { name: 'x', answers: { 'job-named': 'yes' }, notes: {} } });
  });
});

describe('decodeShareFragment: prototype keys', () => {
  /** The result is damaged, or decoded answers and notes that are plain, unpolluted objects of real ids. */
  function expectHarmless(result: DecodeResult) {
    if (result.ok) {
      for (const record of [result.shared.answers, result.shared.notes]) {
        expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
        for (const key of Object.keys(record)) expect(itemIds).toContain(key);
      }
    } else {
      expect(result).toEqual({ ok: false, reason: 'damaged' });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  }

  const payloads: string[] = [
    '{"n":"x","a":{},"__proto__":{"polluted":"yes"}}',
    '{"n":"x","a":{"__proto__":{"polluted":"yes"}}}',
    '{"n":"x","a":{"__proto__":"y"}}',
    '{"n":"x","a":{},"t":{"__proto__":"polluted"}}',
    '{"n":"x","a":{"job-named":"y"},"t":{"__proto__":{"polluted":"yes"}}}',
    '{"n":"x","a":{},"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"n":"x","a":{"constructor":{"prototype":{"polluted":"yes"}}}}',
    '{"n":"x","a":{"constructor":"y","prototype":"n"}}',
    '{"n":"x","a":{},"t":{"constructor":"polluted","prototype":"polluted"}}',
    '{"n":"x","a":{},"prototype":{"polluted":"yes"}}',
  ];
  it.each(payloads)('%s is harmless', async (json) => {
    expectHarmless(await decode(await handBuilt(json)));
  });

  it('refuses __proto__, constructor and prototype as top-level keys', async () => {
    for (const json of [payloads[0], payloads[5], payloads[9]] as string[]) {
      expect(await decode(await handBuilt(json)), json).toEqual({ ok: false, reason: 'damaged' });
    }
  });

  it('drops constructor and prototype answers, which are not checklist ids', async () => {
    expect(await decode(await handBuilt('{"n":"x","a":{"constructor":"y","prototype":"n","job-named":"n"}}'))).toEqual({
      ok: true,
      shared: { name: 'x', answers: { 'job-named': 'no' }, notes: {} },
    });
  });
});

describe('decodeShareFragment: fuzz', () => {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const EXTRA = `${ALPHABET}.=+/%!#é 🎓\u0000`;
  const REASONS = ['not-a-share-link', 'unknown-version', 'too-long', 'damaged'];
  const known = new Set(itemIds);

  async function expectSafe(hash: string) {
    let result: DecodeResult;
    try {
      result = await decode(hash);
    } catch (error) {
      throw new Error(`decode threw for ${JSON.stringify(hash)}: ${String(error)}`);
    }
    if (result.ok) {
      for (const [id, answer] of Object.entries(result.shared.answers)) {
        expect(known.has(id), `${hash} gave answer id ${id}`).toBe(true);
        expect(ANSWERS).toContain(answer);
      }
      for (const id of Object.keys(result.shared.notes)) expect(known.has(id), `${hash} gave note id ${id}`).toBe(true);
      expect(result.shared.name.length).toBeLessThanOrEqual(NAME_MAX);
    } else {
      expect(REASONS).toContain(result.reason);
    }
    return result;
  }

  it('never throws and never decodes answers outside the checklist for 300 random strings after share=1.', async () => {
    const random = prng(20240320);
    let damaged = 0;
    for (let i = 0; i < 300; i++) {
      const alphabet = i % 3 === 0 ? EXTRA : ALPHABET;
      const length = Math.floor(random() * 400);
      const data = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const result = await expectSafe(`share=1.${data}`);
      if (!result.ok && result.reason === 'damaged') damaged++;
    }
    // Random text is all but certain to be garbage; make sure the loop really exercised decoding.
    expect(damaged).toBeGreaterThan(290);
  });

  it('never throws for 300 copies of a real link with a few characters changed', async () => {
    const fragment = await encodeOk({ name: 'Fuzz base', answers: allAnswers(), notes: realisticNotes(50) });
    const random = prng(7);
    for (let i = 0; i < 300; i++) {
      const chars = [...fragment];
      const changes = 1 + Math.floor(random() * 3);
      for (let c = 0; c < changes; c++) {
        const at = 'share=2.'.length + Math.floor(random() * (chars.length - 'share=2.'.length));
        chars[at] = ALPHABET[Math.floor(random() * ALPHABET.length)] as string;
      }
      await expectSafe(chars.join(''));
    }
  });
});

describe('share link: tamper evidence', () => {
  it('uses the standard CRC-32', () => {
    expect(crc32('123456789')).toBe('cbf43926');
    expect(crc32('')).toBe('00000000');
  });

  // Every character a URL fragment can carry unescaped, and the escapes a mail app writes.
  const SUBSTITUTES = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~=%!$&\'()*+,;:@/?', ' '];

  it('opens every single-character change of a real, fully answered and noted link as the same checklist or not at all: 0 silent changes', async () => {
    const original: SharedEvaluation = {
      name: LONG_NAME,
      answers: allAnswers(),
      // A note of up to 60 characters on every one of the 24 questions, beside a full name and
      // every program fact; the next test samples a link noted to the limit.
      notes: realisticNotes(60),
      facts: { price: 3450, includes: 'books and the exam voucher', hours: 320, weeks: 16, format: 'online', pay: ['savings', 'isa'] },
    };
    const fragment = await encodeOk(original);
    expect(await decodeOk(fragment)).toEqual(original);
    let tried = 0;
    let refused = 0;
    const silent: string[] = [];
    for (let at = 0; at < fragment.length; at++) {
      for (const c of SUBSTITUTES) {
        if (fragment[at] === c) continue;
        const changed = `#${fragment.slice(0, at)}${c}${fragment.slice(at + 1)}`;
        tried++;
        const result = await decode(changed);
        if (!result.ok) refused++;
        else if (JSON.stringify(result.shared) !== JSON.stringify(original)) silent.push(`${at}:${c}`);
      }
    }
    expect(tried).toBeGreaterThan(fragment.length * 70);
    expect(silent).toEqual([]);
    // Nearly all are refused; the rest decode to the very same checklist.
    expect(refused).toBeGreaterThan(tried * 0.99);
  }, 120_000);

  it('opens single-character changes across a checklist noted to the limit as the same checklist or not at all', async () => {
    const original = fullyNoted('Chinese', itemIds, 3);
    const fragment = await encodeOk(original);
    expect(fragment.length).toBeGreaterThan(20_000);
    const random = prng(99);
    const silent: string[] = [];
    let refused = 0;
    const tries = 15_000;
    for (let i = 0; i < tries; i++) {
      // Every position near the start and the end (the version, the checksum), random ones between.
      const at = i < 100 ? i : i < 200 ? fragment.length - (i - 99) : Math.floor(random() * fragment.length);
      let c = SUBSTITUTES[Math.floor(random() * SUBSTITUTES.length)] as string;
      if (c === fragment[at]) c = fragment[at] === 'A' ? 'B' : 'A';
      const result = await decode(`#${fragment.slice(0, at)}${c}${fragment.slice(at + 1)}`);
      if (!result.ok) refused++;
      else if (JSON.stringify(result.shared) !== JSON.stringify(original)) silent.push(`${at}:${c}`);
    }
    expect(silent).toEqual([]);
    expect(refused).toBeGreaterThan(tries * 0.99);
  }, 120_000);
});
