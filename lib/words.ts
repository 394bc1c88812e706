const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * A count as a reader would write it in a sentence: a word up to twelve, digits after
 * ("six kinds", "14 kinds"), so counts in page text come from the content and cannot drift.
 */
export function countWord(n: number, { capital = false } = {}): string {
  const word = Number.isInteger(n) && n >= 0 && n < WORDS.length ? (WORDS[n] as string) : String(n);
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
