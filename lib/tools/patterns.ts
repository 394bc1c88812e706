import { tokenize, type Token } from './tokens';

/**
 * The small pattern language the tools' content files use (docs/tools.md). A pattern is a row
 * of elements separated by spaces, matched against tokens (./tokens.ts), never against raw
 * characters:
 *
 * - `job` matches the word "job"; `guarantee*` any word that starts with "guarantee";
 *   `job|jobs|career*` any one of these. Case does not matter, except that `=RN` matches only
 *   "RN" written in capitals.
 * - `<number>`, `<money>` and `<percent>` match a number, an amount of money ($90k, $90,000,
 *   90K) and a percentage (94%, 94 percent).
 * - `~3` skips up to three tokens, so `guarantee* ~3 job` finds "guaranteed you a job".
 *
 * Matching tries each pattern from each token and moves on at the first miss. A pattern has at
 * most MAX_ELEMENTS elements and MAX_GAPS gaps of at most MAX_GAP tokens, so the work per token
 * is bounded by a small constant and no input can make it backtrack without end.
 */
export const MAX_ELEMENTS = 8;
export const MAX_GAPS = 2;
export const MAX_GAP = 6;

type Test = (t: Token) => boolean;
type Element = { gap: number } | { test: Test; words?: string[] };
export type CompiledPattern = { source: string; elements: Element[] };

const CLASSES: Record<string, Test> = {
  '<number>': (t) => t.value !== undefined,
  '<money>': (t) => t.money === true,
  '<percent>': (t) => t.percent === true,
};

/** One alternative: a word as the tokenizer would write it, with an optional `*` or `=`. */
function alternative(alt: string): { test: Test; word?: string } | string {
  const caseSensitive = alt.startsWith('=');
  const prefix = alt.endsWith('*');
  const body = alt.slice(caseSensitive ? 1 : 0, prefix ? -1 : undefined);
  const tokens = tokenize(body);
  if (tokens.length !== 1 || tokens[0]?.raw !== body) return `"${alt}" is not one word: write each word as its own element, like "job guarantee"`;
  if (caseSensitive && prefix) return `"${alt}" cannot both be case-sensitive (=) and a prefix (*)`;
  if (prefix && body.length < 3) return `"${alt}": a prefix needs at least 3 letters before the *`;
  const word = (tokens[0] as Token).text;
  if (caseSensitive) return { test: (t) => t.raw === body };
  if (prefix) return { test: (t) => t.text.startsWith(word) };
  return { test: (t) => t.text === word, word };
}

/** Compiles a pattern, or says what is wrong with it (the content check reports that). */
export function compilePattern(source: string): CompiledPattern | { error: string } {
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { error: 'the pattern is empty' };
  if (parts.length > MAX_ELEMENTS) return { error: `a pattern has at most ${MAX_ELEMENTS} elements` };
  const elements: Element[] = [];
  let gaps = 0;
  for (const [i, part] of parts.entries()) {
    const gap = /^~(\d+)$/.exec(part);
    if (gap) {
      const size = Number(gap[1]);
      if (size < 1 || size > MAX_GAP) return { error: `"${part}": a gap skips 1 to ${MAX_GAP} words` };
      if (i === 0 || i === parts.length - 1) return { error: `"${part}": a pattern cannot start or end with a gap` };
      if ('gap' in (elements[elements.length - 1] as Element)) return { error: `"${part}": two gaps in a row` };
      if (++gaps > MAX_GAPS) return { error: `a pattern has at most ${MAX_GAPS} gaps` };
      elements.push({ gap: size });
      continue;
    }
    const cls = CLASSES[part];
    if (cls) {
      elements.push({ test: cls });
      continue;
    }
    if (part.startsWith('<')) return { error: `"${part}" is not one of ${Object.keys(CLASSES).join(', ')}` };
    const tests: Test[] = [];
    const words: string[] = [];
    for (const alt of part.split('|')) {
      if (alt === '') return { error: `"${part}" has an empty alternative` };
      const compiled = alternative(alt);
      if (typeof compiled === 'string') return { error: compiled };
      tests.push(compiled.test);
      if (compiled.word !== undefined) words.push(compiled.word);
    }
    const test: Test = tests.length === 1 ? (tests[0] as Test) : (t) => tests.some((f) => f(t));
    // Words listed only when every alternative is a plain word: then the set can index the pattern.
    elements.push(words.length === tests.length ? { test, words } : { test });
  }
  return { source, elements };
}

/** Compiles a pattern the content check has already accepted; throws on anything else. */
export function mustCompile(source: string): CompiledPattern {
  const compiled = compilePattern(source);
  if ('error' in compiled) throw new Error(`Bad pattern "${source}": ${compiled.error}`);
  return compiled;
}

/** The last token index of a match of `elements[e..]` starting at token `t`, or -1. */
function matchFrom(elements: Element[], e: number, tokens: Token[], t: number): number {
  if (e === elements.length) return t - 1;
  const el = elements[e] as Element;
  if ('gap' in el) {
    for (let k = 0; k <= el.gap && t + k <= tokens.length; k++) {
      const end = matchFrom(elements, e + 1, tokens, t + k);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[t];
  return token && el.test(token) ? matchFrom(elements, e + 1, tokens, t + 1) : -1;
}

/** A match: which pattern, and its first and last token. */
export type PatternMatch<K> = { key: K; from: number; to: number };

/**
 * Many patterns matched in one pass over the tokens. Patterns whose first element is a set of
 * plain words are looked up by the token's text; the rest are tried at every token.
 */
export class PatternSet<K> {
  private readonly byWord = new Map<string, { key: K; pattern: CompiledPattern }[]>();
  private readonly anywhere: { key: K; pattern: CompiledPattern }[] = [];

  constructor(entries: Iterable<{ key: K; pattern: CompiledPattern }>) {
    for (const entry of entries) {
      const first = entry.pattern.elements[0];
      const words = first && 'words' in first ? first.words : undefined;
      if (!words) {
        this.anywhere.push(entry);
        continue;
      }
      for (const w of new Set(words)) {
        const list = this.byWord.get(w) ?? [];
        list.push(entry);
        this.byWord.set(w, list);
      }
    }
  }

  /** Every match, in token order; a pattern does not match again inside its own last match. */
  matches(tokens: Token[]): PatternMatch<K>[] {
    const found: PatternMatch<K>[] = [];
    const busyUntil = new Map<CompiledPattern, number>();
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as Token;
      const candidates = this.byWord.get(token.text);
      for (const list of candidates ? [candidates, this.anywhere] : [this.anywhere]) {
        for (const { key, pattern } of list) {
          if ((busyUntil.get(pattern) ?? -1) >= t) continue;
          const to = matchFrom(pattern.elements, 0, tokens, t);
          if (to < 0) continue;
          found.push({ key, from: t, to });
          busyUntil.set(pattern, to);
        }
      }
    }
    return found;
  }
}
