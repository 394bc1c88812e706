/**
 * What each field of the checklist's form is called (lib/checklist/form.ts reads them). Apart
 * from the reader, so the island's fields name themselves without loading it.
 */

/** The program's name. */
export const NAME_FIELD = 'program-name';
/** A question's answer: its radios share this name. */
export const answerField = (itemId: string) => `answer-${itemId}`;
/** A question's note. */
export const noteField = (itemId: string) => `note-${itemId}`;
/** A program fact: `fact-price`, `fact-hours`, `fact-weeks`, `fact-includes`, `fact-format`, `fact-pay`. */
export const factField = (fact: 'price' | 'hours' | 'weeks' | 'includes' | 'format' | 'pay') => `fact-${fact}`;
