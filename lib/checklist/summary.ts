import type { Checklist, ChecklistItem } from '../content/checklist';
import type { Answer } from './evaluation';
import type { Evaluation } from './evaluation';

export type VerdictLevel = 'not-started' | 'serious' | 'check-further' | 'unfinished' | 'promising';

export type Summary = {
  answered: number;
  total: number;
  sections: { id: string; title: string; answered: number; total: number }[];
  /** Questions whose answer is the worrying one, red flags first. */
  warnings: ChecklistItem[];
  /** Questions not answered yet, or answered "Not sure". */
  open: { item: ChecklistItem; answer?: Answer }[];
  verdict: { level: VerdictLevel; title: string; explanation: string };
  nextSteps: string[];
};

export const isWorrying = (item: ChecklistItem, answer: Answer | undefined) => answer === item.worryingAnswer;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "4 questions are still unanswered, including 2 red-flag questions"; empty when none is. */
function stillUnanswered(unanswered: number, unansweredFlags: number): string {
  if (unanswered === 0) return '';
  const count = `${plural(unanswered, 'question is', 'questions are')} still unanswered`;
  if (unansweredFlags === 0) return count;
  if (unansweredFlags < unanswered) return `${count}, including ${plural(unansweredFlags, 'red-flag question')}`;
  return unanswered === 1 ? `${count}, a red-flag question` : `${count}, all of them red-flag questions`;
}

/**
 * Sums up an evaluation in words a reader can act on. The verdict is a band explained by the
 * answers, never a score: any worrying answer to a red-flag question outweighs everything else.
 */
export function summarize(checklist: Checklist, evaluation: Pick<Evaluation, 'answers'>): Summary {
  const items = checklist.sections.flatMap((s) => s.items);
  const answerOf = (item: ChecklistItem) => evaluation.answers[item.id];
  const sections = checklist.sections.map((s) => ({
    id: s.id,
    title: s.title,
    answered: s.items.filter((i) => answerOf(i)).length,
    total: s.items.length,
  }));
  const answered = items.filter((i) => answerOf(i)).length;
  const warnings = items
    .filter((i) => isWorrying(i, answerOf(i)))
    .sort((a, b) => Number(b.severity === 'red-flag') - Number(a.severity === 'red-flag'));
  const open = items.filter((i) => !answerOf(i) || answerOf(i) === 'unsure').map((item) => ({ item, ...(answerOf(item) ? { answer: answerOf(item) } : {}) }));
  const redFlags = warnings.filter((w) => w.severity === 'red-flag').length;
  const unsure = open.filter((o) => o.answer === 'unsure').length;
  const unanswered = items.length - answered;

  // Worded about the answers, not "you": the same summary is read by whoever a checklist is shared with.
  const stillOpen = stillUnanswered(unanswered, items.filter((i) => i.severity === 'red-flag' && !answerOf(i)).length);

  let verdict: Summary['verdict'];
  if (answered === 0) {
    verdict = { level: 'not-started', title: 'Not started', explanation: 'Answer the checklist questions to see what they add up to.' };
  } else if (redFlags > 0) {
    verdict = {
      level: 'serious',
      title: 'Serious warning signs',
      explanation: `These answers raise ${plural(redFlags, 'red flag')}. One red flag is enough to stop and look hard before you pay.${stillOpen ? ` ${capitalize(stillOpen)}.` : ''}`,
    };
  } else if (warnings.length > 0 || unsure > 0) {
    const parts = [warnings.length ? plural(warnings.length, 'worrying answer') : '', unsure ? plural(unsure, 'question') + ' answered "Not sure"' : ''];
    const found = parts.filter(Boolean).join(' and ');
    // "There is 1 worrying answer and 2 questions…": the verb agrees with the first count.
    const verb = (warnings.length || unsure) === 1 ? 'is' : 'are';
    verdict = {
      level: 'check-further',
      title: 'Check further',
      explanation: stillOpen
        ? `There ${verb} ${found}. None so far is a red flag, but ${stillOpen}. Find out more before you decide.`
        : `There ${verb} ${found}. None is a red flag, but find out more before you decide.`,
    };
  } else if (unanswered > 0) {
    verdict = {
      level: 'unfinished',
      title: 'No warning signs so far',
      explanation: `Nothing answered so far is worrying, but ${stillOpen}.`,
    };
  } else {
    verdict = {
      level: 'promising',
      title: 'Promising',
      explanation: 'Every question is answered and none of the answers is a warning sign. That is a good start, not a guarantee.',
    };
  }

  const nextSteps: string[] = [];
  if (redFlags > 0) nextSteps.push('Ask the provider about each red flag listed here, in writing, before you pay anything.');
  if (warnings.length > redFlags) nextSteps.push('Look into each worrying answer using the guide section linked to it.');
  if (open.length > 0) nextSteps.push(`Find answers to the ${plural(open.length, 'open question')}: ask the provider, read reviews, and check job listings.`);
  if (verdict.level === 'promising') nextSteps.push('Compare it with at least one other program before you decide.');
  return { answered, total: items.length, sections, warnings, open, verdict, nextSteps };
}

/** The label a reader sees for an answer to this item. */
export function answerLabel(item: Pick<ChecklistItem, 'labels'>, answer: Answer): string {
  const fallback = { yes: 'Yes', no: 'No', unsure: 'Not sure' }[answer];
  return item.labels?.[answer] ?? fallback;
}
