/**
 * Splits pasted text into word and number tokens in one pass over its characters, with no
 * regular expression, so no input can make it slow: the work grows with the text's length and
 * nothing else. Pure: no DOM, no React; the browser islands and the server both use it.
 *
 * - Letters are lowercased; curly quotes and apostrophes count as straight ones, so "you’re"
 *   and "you're" are the same token. A word may carry digits ("ccna", "n95") and a trailing `+`
 *   ("a+", "security+").
 * - Anything else (spaces, line breaks, hyphens, slashes, punctuation) only separates tokens,
 *   so a phrase split across lines or written with hyphens still matches.
 * - A number may have comma groups and a decimal part: `90,000` and `90000` are both 90000.
 *   A `k` right after it multiplies by 1,000. A `$` just before it, a `k`, or the word
 *   "dollars" after it makes it an amount of money; `%` or "percent" after it, a percentage.
 */
export type Token = {
  /** Lowercased text, with straight apostrophes. */
  text: string;
  /** The text exactly as written, for case-sensitive abbreviations like "RN". */
  raw: string;
  /** Where it starts and ends in the original text (end is exclusive). */
  start: number;
  end: number;
  /** For numbers (and number words up to twenty): the value. */
  value?: number;
  money?: boolean;
  percent?: boolean;
  /** `3+ years`: the number was followed by a plus sign. */
  plus?: boolean;
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};

const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '\u02bc']);

const isDigit = (c: number) => c >= 48 && c <= 57;
/** ASCII letters and the Latin letters with accents (À to ɏ, without × and ÷). */
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const n = input.length;
  let i = 0;
  let dollarAt = -2;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c === 36 /* $ */) {
      dollarAt = i;
      i++;
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      let digits = '';
      while (i < n) {
        const d = input.charCodeAt(i);
        if (isDigit(d)) {
          digits += input[i];
          i++;
        } else if (d === 44 /* , */ && i + 1 < n && isDigit(input.charCodeAt(i + 1)) && digits.length > 0) {
          i++;
        } else if (d === 46 /* . */ && i + 1 < n && isDigit(input.charCodeAt(i + 1)) && !digits.includes('.')) {
          digits += '.';
          i++;
        } else break;
      }
      let value = Number(digits);
      let money = dollarAt >= 0 && start - dollarAt <= 2 && input.slice(dollarAt + 1, start).trim() === '';
      const next = input.charCodeAt(i);
      if ((next === 107 || next === 75) /* k K */ && !isLetter(input.charCodeAt(i + 1))) {
        value *= 1000;
        money = true;
        i++;
      }
      // "$90k" starts at its dollar sign, so a marked phrase shows it.
      const from = money && dollarAt >= 0 && start - dollarAt <= 2 ? dollarAt : start;
      const token: Token = { text: digits, raw: input.slice(start, i), start: from, end: i, value };
      if (money) token.money = true;
      let j = i;
      while (j < n && input.charCodeAt(j) === 32) j++;
      if (input.charCodeAt(j) === 37 /* % */) {
        token.percent = true;
        token.end = j + 1;
        i = j + 1;
      } else if (input.charCodeAt(i) === 43 /* + */) {
        token.plus = true;
        i++;
      }
      tokens.push(token);
      continue;
    }
    if (isLetter(c)) {
      const start = i;
      let text = '';
      while (i < n) {
        const d = input.charCodeAt(i);
        if (isLetter(d) || isDigit(d)) {
          text += input[i];
          i++;
        } else if (APOSTROPHES.has(input[i] as string) && i + 1 < n && isLetter(input.charCodeAt(i + 1))) {
          text += "'";
          i++;
        } else break;
      }
      while (i < n && input.charCodeAt(i) === 43 /* + */) {
        text += '+';
        i++;
      }
      const lower = text.toLowerCase();
      const token: Token = { text: lower, raw: input.slice(start, i), start, end: i };
      const previous = tokens[tokens.length - 1];
      if (previous?.value !== undefined) {
        if (lower === 'percent' || lower === 'pct') previous.percent = true;
        if (lower === 'dollars' || lower === 'usd') previous.money = true;
      }
      const word = NUMBER_WORDS[lower];
      if (word !== undefined) token.value = word;
      tokens.push(token);
      continue;
    }
    i++;
  }
  return tokens;
}
