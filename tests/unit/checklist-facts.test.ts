import { describe, expect, it } from 'vitest';
import { evaluationSchema, newEvaluation, sameContent, withFacts } from '@/lib/checklist/evaluation';
import { factMeanings, factRows, factsSchema, parseNumberFact, withFact, type Facts } from '@/lib/checklist/facts';
import { decodeShareFragment, encodeShareFragment } from '@/lib/checklist/share-link';
import { seal } from '@/lib/checklist/sealed';
import { getChecklist } from '@/lib/content';

const itemIds = getChecklist().sections.flatMap((s) => s.items.map((i) => i.id));

describe('parseNumberFact', () => {
  it.each([
    ['2500', 2500],
    [' $2,500 ', 2500],
    ['2 500', 2500],
    ['0', 0],
    ['100000', 100000],
  ])('reads the price %j as %d', (text, value) => {
    expect(parseNumberFact('price', text)).toEqual({ ok: true, value });
  });

  it('reads an empty box as no value', () => {
    expect(parseNumberFact('hours', '   ')).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['price', 'abc', 'Enter a whole number, like 2500'],
    ['price', '2.5', 'Enter a whole number, like 2500'],
    ['price', '-5', 'Enter a number from $0 to $100,000'],
    ['price', '100001', 'Enter a number from $0 to $100,000'],
    ['hours', '0', 'Enter a number from 1 to 5,000'],
    ['weeks', '261', 'Enter a number from 1 to 260'],
    ['weeks', '12 weeks', 'Enter a whole number, like 12'],
  ] as const)('%s %j says: %s', (fact, text, message) => {
    expect(parseNumberFact(fact, text)).toEqual({ ok: false, message });
  });
});

describe('factsSchema', () => {
  it('accepts every fact in range and refuses values out of range or of the wrong kind', () => {
    const full: Facts = { price: 3500, includes: 'books and the exam fee', hours: 300, weeks: 12, format: 'mixed', pay: ['employer', 'isa'] };
    expect(factsSchema.safeParse(full).success).toBe(true);
    for (const bad of [{ price: -1 }, { price: 1.5 }, { hours: 5001 }, { weeks: 0 }, { format: 'hybrid' }, { pay: [] }, { pay: ['cash'] }, { includes: '' }, { includes: 'x'.repeat(121) }, { other: 1 }]) {
      expect(factsSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('withFact and factRows', () => {
  it('sets and removes facts, keeps payments in a fixed order, and leaves no empty object', () => {
    let facts = withFact(undefined, 'pay', ['isa', 'savings']);
    expect(facts).toEqual({ pay: ['savings', 'isa'] });
    facts = withFact(facts, 'price', 1200);
    expect(withFact(withFact(facts, 'pay', []), 'price', undefined)).toBeUndefined();
  });

  it('says each fact in words', () => {
    expect(factRows({ price: 12500, includes: 'a laptop', hours: 480, weeks: 1, format: 'in-person', pay: ['loan', 'grant'] })).toEqual([
      { label: 'Price', value: '$12,500, including a laptop' },
      { label: 'Hours of instruction', value: '480' },
      { label: 'Length', value: '1 week' },
      { label: 'Format', value: 'In person' },
      { label: 'How you would pay', value: 'A loan, A grant or scholarship' },
    ]);
    expect(factRows(undefined)).toEqual([]);
  });
});

describe('factMeanings', () => {
  const pell = (hours: number, weeks: number) => factMeanings({ hours, weeks }).find((m) => m.sourceId === 'workforce-pell-rule')?.text ?? '';

  it('puts 150 to 599 hours over 8 to 14 weeks inside the Workforce Pell range, and anything else outside', () => {
    for (const [h, w] of [[150, 8], [599, 14], [300, 10]] as const) expect(pell(h, w), `${h} h, ${w} wk`).toMatch(/^Its length is inside/);
    for (const [h, w] of [[149, 10], [600, 10], [300, 7], [300, 15]] as const) expect(pell(h, w), `${h} h, ${w} wk`).toMatch(/^Its length is outside/);
  });

  it('says nothing about the range without both hours and weeks', () => {
    expect(factMeanings({ hours: 300 })).toEqual([]);
  });

  it('says an income share agreement is a loan, linking the guide', () => {
    const [isa] = factMeanings({ pay: ['isa'] });
    expect(isa?.text).toMatch(/^An income share agreement is a loan/);
    expect(isa?.sourceId).toBe('ed-isa-2022');
    expect(isa?.guide.href).toMatch(/^\/guides\/[a-z0-9-]+#[a-z0-9-]+$/);
  });
});

describe('facts in saved checklists and share links', () => {
  const facts: Facts = { price: 3500, includes: 'books', hours: 300, weeks: 12, format: 'online', pay: ['isa'] };

  it('saves facts with an evaluation and refuses a saved evaluation with a bad fact', () => {
    const e = withFacts(newEvaluation('Acme'), facts);
    expect(evaluationSchema.safeParse(e).success).toBe(true);
    expect(evaluationSchema.safeParse({ ...e, facts: { price: 'free' } }).success).toBe(false);
    expect(withFacts(e, undefined)).not.toHaveProperty('facts');
    expect(sameContent(e, { ...e, facts: { ...facts, price: 3501 } })).toBe(false);
  });

  it('carries facts in a share link and brings them back', async () => {
    const result = await encodeShareFragment({ name: 'Acme', answers: {}, notes: {}, facts }, itemIds);
    if (!result.ok) throw new Error('no link');
    expect(await decodeShareFragment(result.fragment, itemIds)).toEqual({ ok: true, shared: { name: 'Acme', answers: {}, notes: {}, facts } });
  });

  it('calls a link with an out-of-range fact damaged, even when its checksum is right', async () => {
    const fragment = `share=${await seal(2, JSON.stringify({ n: 'x', a: {}, f: { hours: 99999 } }))}`;
    expect(await decodeShareFragment(fragment, itemIds)).toEqual({ ok: false, reason: 'damaged' });
  });
});
