import type { CredentialKind } from '@/lib/content';

/** How a yes / sometimes / no answer reads on the page. */
export const answerText: Record<CredentialKind['credit']['answer'], string> = {
  yes: 'Yes',
  sometimes: 'Sometimes: it depends on the program',
  no: 'No',
};

/** What a kind's page says when no source gives a length. */
export const noLength = 'No source we use gives a typical length.';
