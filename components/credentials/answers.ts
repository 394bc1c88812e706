import type { CredentialKind } from '@/lib/content';

/**
 * How a yes / sometimes / no answer reads on the page. Just the word: the comparison says once,
 * above the cards, that credit and stacking depend on the program, and a kind's page follows the
 * answer with its note. "Sometimes: it depends on the program" had read 12 times on the comparison.
 */
export const answerText: Record<CredentialKind['credit']['answer'], string> = {
  yes: 'Yes',
  sometimes: 'Sometimes',
  no: 'No',
};

/** What a kind's page says when no source gives a length. */
export const noLength = 'No source we use gives a typical length.';

/** The same on the comparison, where the text above the cards says which kinds have a length: shorter, as it repeats on each card. */
export const noLengthShort = 'Ask the provider';
