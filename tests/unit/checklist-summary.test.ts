import { describe, expect, it } from 'vitest';
import type { Answer } from '@/lib/checklist/evaluation';
import { answerLabel, isWorrying, problemLabel, questionKind, summarize } from '@/lib/checklist/summary';
import { getChecklist } from '@/lib/content';
import type { Checklist, ChecklistItem } from '@/lib/content/checklist';

// ---------------------------------------------------------------------------------------------
// A small hand-built checklist: two sections, questions phrased both ways, both severities.
//
//   goal:     g-yes-check   (worrying: no,  check)
//             g-flag        (worrying: yes, red-flag)   labels for yes and no only
//   provider: p-check       (worrying: yes, check)
//             p-flag        (worrying: no,  red-flag)
//             p-fine        (worrying: no,  check)
// ---------------------------------------------------------------------------------------------

function item(id: string, worryingAnswer: 'yes' | 'no', severity: 'red-flag' | 'check', extra: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id,
    question: `Question ${id}, asked of the reader?`,
    why: `Why question ${id} matters, in one plain sentence.`,
    reassuring: `A reassuring answer to ${id}.`,
    worrying: `A worrying answer to ${id}.`,
    worryingAnswer,
    severity,
    guide: `/guides/some-article#${id}`,
    guideTitle: 'Some article',
    guideSection: `Section for ${id}`,
    ...extra,
  };
}

const G_CHECK = item('g-check', 'no', 'check');
const G_FLAG = item('g-flag', 'yes', 'red-flag', { labels: { yes: 'Yes, it promises that', no: 'No such promise' } });
const P_CHECK = item('p-check', 'yes', 'check');
const P_FLAG = item('p-flag', 'no', 'red-flag');
const P_FINE = item('p-fine', 'no', 'check');

const FIXTURE: Checklist = {
  sections: [
    { id: 'goal', title: 'Your goal', intro: 'Questions about what you want.', items: [G_CHECK, G_FLAG] },
    { id: 'provider', title: 'The provider', intro: 'Questions about who runs it.', items: [P_CHECK, P_FLAG, P_FINE] },
  ],
};

/** Reassuring answers to every fixture question. */
const ALL_FINE: Record<string, Answer> = { 'g-check': 'yes', 'g-flag': 'no', 'p-check': 'no', 'p-flag': 'yes', 'p-fine': 'yes' };

const summary = (answers: Record<string, Answer>) => summarize(FIXTURE, { answers });
const ids = (items: { id: string }[]) => items.map((i) => i.id);

// ---------------------------------------------------------------------------------------------

describe('isWorrying', () => {
  it('is true only for the item’s worrying answer', () => {
    expect(isWorrying(G_CHECK, 'no')).toBe(true);
    expect(isWorrying(G_CHECK, 'yes')).toBe(false);
    expect(isWorrying(G_FLAG, 'yes')).toBe(true);
    expect(isWorrying(G_FLAG, 'no')).toBe(false);
  });

  it('is false for "Not sure" and for no answer', () => {
    expect(isWorrying(G_CHECK, 'unsure')).toBe(false);
    expect(isWorrying(G_FLAG, 'unsure')).toBe(false);
    expect(isWorrying(G_CHECK, undefined)).toBe(false);
    expect(isWorrying(G_FLAG, undefined)).toBe(false);
  });
});

describe('summarize: verdict levels', () => {
  it('no answers → not-started', () => {
    const s = summary({});
    expect(s.verdict).toEqual({ level: 'not-started', title: 'Not started', explanation: 'Answer the checklist questions to see what they add up to.' });
    expect(s.answered).toBe(0);
    expect(s.total).toBe(5);
    expect(s.nextSteps).toEqual(['Find answers to the 5 open questions: ask the provider, read reviews, and check job listings.']);
  });

  it('ignores answers to ids the checklist does not have', () => {
    const s = summary({ 'retired-question': 'no', 'other-gone': 'yes' });
    expect(s.verdict.level).toBe('not-started');
    expect(s.answered).toBe(0);
  });

  it('any worrying answer to a red-flag item → serious, even if everything else is fine', () => {
    const s = summary({ ...ALL_FINE, 'p-flag': 'no' });
    expect(s.verdict).toEqual({
      level: 'serious',
      title: 'Serious warning signs',
      explanation: 'These answers raise 1 red flag. One red flag is enough to stop and look hard before you pay.',
    });
  });

  it('a red flag on its own, with everything else unanswered → serious, and says what is still open', () => {
    expect(summary({ 'g-flag': 'yes' }).verdict).toEqual({
      level: 'serious',
      title: 'Serious warning signs',
      explanation:
        'These answers raise 1 red flag. One red flag is enough to stop and look hard before you pay. 4 questions are still unanswered, including 1 red-flag question.',
    });
  });

  it('agrees "is" or "are" with the first count', () => {
    expect(summary({ 'g-check': 'no', 'p-flag': 'unsure', 'p-fine': 'unsure' }).verdict.explanation).toMatch(/^There is 1 worrying answer and 2 questions answered "Not sure"\./);
    expect(summary({ 'g-check': 'no', 'p-check': 'yes', 'p-flag': 'unsure' }).verdict.explanation).toMatch(/^There are 2 worrying answers and 1 question answered "Not sure"\./);
  });

  it('counts several red flags, and outweighs worrying checks and unsure answers', () => {
    const s = summary({ 'g-flag': 'yes', 'p-flag': 'no', 'g-check': 'no', 'p-fine': 'unsure' });
    expect(s.verdict.level).toBe('serious');
    expect(s.verdict.explanation).toBe('These answers raise 2 red flags. One red flag is enough to stop and look hard before you pay. 1 question is still unanswered.');
  });

  it('a worrying answer to a check item → check-further', () => {
    const s = summary({ ...ALL_FINE, 'p-check': 'yes' });
    expect(s.verdict).toEqual({
      level: 'check-further',
      title: 'Check further',
      explanation: 'There is 1 worrying answer. None is a red flag, but find out more before you decide.',
    });
  });

  it('a "Not sure" answer, even to a red-flag item → check-further', () => {
    const s = summary({ ...ALL_FINE, 'p-flag': 'unsure' });
    expect(s.verdict.level).toBe('check-further');
    expect(s.verdict.explanation).toBe('There is 1 question answered "Not sure". None is a red flag, but find out more before you decide.');
  });

  it('names both worrying and unsure answers in the check-further explanation', () => {
    const s = summary({ 'g-check': 'no', 'p-check': 'yes', 'g-flag': 'unsure', 'p-flag': 'unsure', 'p-fine': 'unsure' });
    expect(s.verdict.level).toBe('check-further');
    expect(s.verdict.explanation).toBe(
      'There are 2 worrying answers and 3 questions answered "Not sure". None is a red flag, but find out more before you decide.',
    );
  });

  it('some answered, none worrying or unsure → unfinished', () => {
    expect(summary({ 'g-check': 'yes' }).verdict).toEqual({
      level: 'unfinished',
      title: 'No warning signs so far',
      explanation: 'Nothing answered so far is worrying, but 4 questions are still unanswered, including 2 red-flag questions.',
    });
    const allButOne = Object.fromEntries(Object.entries(ALL_FINE).filter(([k]) => k !== 'p-fine')) as Record<string, Answer>;
    expect(summary(allButOne).verdict.level).toBe('unfinished');
    expect(summary(allButOne).verdict.explanation).toBe('Nothing answered so far is worrying, but 1 question is still unanswered.');
  });

  it('says how many questions, and red-flag questions, are still open when an answer worries', () => {
    expect(summary({ 'g-check': 'no' }).verdict.explanation).toBe(
      'There is 1 worrying answer. None so far is a red flag, but 4 questions are still unanswered, including 2 red-flag questions. Find out more before you decide.',
    );
    expect(summary({ 'g-check': 'no', 'p-check': 'no', 'p-fine': 'yes' }).verdict.explanation).toBe(
      'There is 1 worrying answer. None so far is a red flag, but 2 questions are still unanswered, all of them red-flag questions. Find out more before you decide.',
    );
    expect(summary({ 'g-check': 'no', 'g-flag': 'no', 'p-check': 'no', 'p-fine': 'yes' }).verdict.explanation).toBe(
      'There is 1 worrying answer. None so far is a red flag, but 1 question is still unanswered, a red-flag question. Find out more before you decide.',
    );
  });

  it('all answered, none worrying → promising', () => {
    const s = summary(ALL_FINE);
    expect(s.verdict).toEqual({
      level: 'promising',
      title: 'Promising',
      explanation: 'Every question is answered and none of the answers is a warning sign. That is a good start, not a guarantee.',
    });
    expect(s.warnings).toEqual([]);
    expect(s.open).toEqual([]);
    expect(s.answered).toBe(5);
  });
});

describe('summarize: warnings, open questions and sections', () => {
  it('lists worrying answers with red flags first, otherwise in checklist order', () => {
    const s = summary({ 'g-check': 'no', 'g-flag': 'yes', 'p-check': 'yes', 'p-flag': 'no', 'p-fine': 'no' });
    expect(ids(s.warnings)).toEqual(['g-flag', 'p-flag', 'g-check', 'p-check', 'p-fine']);
    expect(s.warnings.map((w) => w.severity)).toEqual(['red-flag', 'red-flag', 'check', 'check', 'check']);
  });

  it('puts a red flag from a later section before an earlier check', () => {
    expect(ids(summary({ 'g-check': 'no', 'p-flag': 'no' }).warnings)).toEqual(['p-flag', 'g-check']);
  });

  it('gives warnings as the checklist items themselves', () => {
    expect(summary({ 'p-flag': 'no' }).warnings).toEqual([P_FLAG]);
  });

  it('lists unanswered and unsure questions in checklist order, marking the unsure ones', () => {
    const s = summary({ 'g-check': 'unsure', 'g-flag': 'no', 'p-flag': 'unsure' });
    expect(s.open).toStrictEqual([
      { item: G_CHECK, answer: 'unsure' },
      { item: P_CHECK },
      { item: P_FLAG, answer: 'unsure' },
      { item: P_FINE },
    ]);
    for (const o of s.open.filter((x) => x.item.id === 'p-check' || x.item.id === 'p-fine')) expect('answer' in o).toBe(false);
  });

  it('counts answered questions per section, unsure ones included', () => {
    const s = summary({ 'g-check': 'unsure', 'p-check': 'yes', 'p-fine': 'no' });
    expect(s.sections).toEqual([
      { id: 'goal', title: 'Your goal', answered: 1, total: 2 },
      { id: 'provider', title: 'The provider', answered: 2, total: 3 },
    ]);
    expect(s.answered).toBe(3);
    expect(s.total).toBe(5);
  });
});

describe('summarize: next steps', () => {
  it('starts with the red flags when there are some', () => {
    const s = summary({ ...ALL_FINE, 'g-flag': 'yes', 'p-check': 'yes' });
    expect(s.nextSteps).toEqual([
      'Ask the provider about each red flag listed here, in writing, before you pay anything.',
      'Look into each worrying answer using the guide section linked to it.',
    ]);
  });

  it('does not mention red flags when there are none', () => {
    const s = summary({ 'g-check': 'no', 'p-fine': 'unsure' });
    expect(s.nextSteps.some((n) => /red flag/i.test(n))).toBe(false);
    expect(s.nextSteps).toEqual([
      'Look into each worrying answer using the guide section linked to it.',
      'Find answers to the 4 open questions: ask the provider, read reviews, and check job listings.',
    ]);
  });

  it('does not ask about other worrying answers when every warning is a red flag', () => {
    const s = summary({ ...ALL_FINE, 'p-flag': 'no' });
    expect(s.nextSteps).toEqual([
      'Ask the provider about each red flag listed here, in writing, before you pay anything.',
    ]);
  });

  it('says "1 open question" for one', () => {
    const s = summary({ ...ALL_FINE, 'p-fine': 'unsure' });
    expect(s.nextSteps).toContain('Find answers to the 1 open question: ask the provider, read reviews, and check job listings.');
  });

  it('suggests comparing when promising', () => {
    expect(summary(ALL_FINE).nextSteps).toEqual([
      'Compare it with at least one other program before you decide.',
    ]);
  });
});

describe('answerLabel', () => {
  it('uses the item’s own labels where it has them', () => {
    expect(answerLabel(G_FLAG, 'yes')).toBe('Yes, it promises that');
    expect(answerLabel(G_FLAG, 'no')).toBe('No such promise');
  });

  it('falls back to Yes / No / Not sure for answers without a label', () => {
    expect(answerLabel(G_FLAG, 'unsure')).toBe('Not sure');
    expect(answerLabel(G_CHECK, 'yes')).toBe('Yes');
    expect(answerLabel(G_CHECK, 'no')).toBe('No');
    expect(answerLabel(G_CHECK, 'unsure')).toBe('Not sure');
    expect(answerLabel({}, 'unsure')).toBe('Not sure');
    expect(answerLabel({ labels: {} }, 'yes')).toBe('Yes');
  });
});

describe('summarize: the real checklist', () => {
  const checklist = getChecklist();
  const items = checklist.sections.flatMap((s) => s.items);
  const reassuring = (i: ChecklistItem): Answer => (i.worryingAnswer === 'yes' ? 'no' : 'yes');
  const allReassuring = () => Object.fromEntries(items.map((i) => [i.id, reassuring(i)])) as Record<string, Answer>;

  it('has both severities and both worrying answers, so the cases below mean something', () => {
    expect(new Set(items.map((i) => i.severity))).toEqual(new Set(['red-flag', 'check']));
    expect(new Set(items.map((i) => i.worryingAnswer))).toEqual(new Set(['yes', 'no']));
  });

  it('is not started with no answers, and lists every question as open', () => {
    const s = summarize(checklist, { answers: {} });
    expect(s.verdict.level).toBe('not-started');
    expect(s.total).toBe(items.length);
    expect(s.open.map((o) => o.item.id)).toEqual(items.map((i) => i.id));
    expect(s.sections.map((x) => x.total)).toEqual(checklist.sections.map((x) => x.items.length));
  });

  it('is promising with every question answered reassuringly', () => {
    const s = summarize(checklist, { answers: allReassuring() });
    expect(s.verdict.level).toBe('promising');
    expect(s.answered).toBe(items.length);
    expect(s.sections.every((x) => x.answered === x.total)).toBe(true);
  });

  it('is serious for any single red flag, whichever it is', () => {
    for (const flag of items.filter((i) => i.severity === 'red-flag')) {
      const s = summarize(checklist, { answers: { ...allReassuring(), [flag.id]: flag.worryingAnswer } });
      expect(s.verdict.level, flag.id).toBe('serious');
      expect(s.warnings, flag.id).toEqual([flag]);
    }
  });

  it('is check-further for any single worrying check item', () => {
    for (const check of items.filter((i) => i.severity === 'check')) {
      const s = summarize(checklist, { answers: { ...allReassuring(), [check.id]: check.worryingAnswer } });
      expect(s.verdict.level, check.id).toBe('check-further');
    }
  });

  it('sorts real warnings red flags first', () => {
    const answers = Object.fromEntries(items.map((i) => [i.id, i.worryingAnswer])) as Record<string, Answer>;
    const s = summarize(checklist, { answers });
    expect(s.warnings).toHaveLength(items.length);
    const severities = s.warnings.map((w) => w.severity);
    const firstCheck = severities.indexOf('check');
    expect(severities.slice(0, firstCheck).every((x) => x === 'red-flag')).toBe(true);
    expect(severities.slice(firstCheck).every((x) => x === 'check')).toBe(true);
    expect(s.nextSteps[0]).toMatch(/red flag/);
  });

  it('uses the real item labels where the checklist gives them', () => {
    const labelled = items.filter((i) => i.labels?.no);
    expect(labelled.length).toBeGreaterThan(0);
    for (const i of labelled) expect(answerLabel(i, 'no')).toBe(i.labels?.no);
    const plain = items.filter((i) => !i.labels);
    expect(plain.length).toBeGreaterThan(0);
    for (const i of plain) expect(answerLabel(i, 'unsure')).toBe('Not sure');
  });
});

describe('questionKind and problemLabel', () => {
  it('never use the same words for a kind of question and a problem found', () => {
    for (const severity of ['red-flag', 'check'] as const) {
      for (const other of ['red-flag', 'check'] as const) expect(questionKind({ severity })).not.toBe(problemLabel({ severity: other }));
    }
    expect(problemLabel({ severity: 'check' })).toBe('Concern');
    expect(questionKind({ severity: 'check' })).toBe('Question to check');
  });
});
