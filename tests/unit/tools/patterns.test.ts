import { describe, expect, it } from 'vitest';
import { compilePattern, mustCompile, PatternSet } from '@/lib/tools/patterns';
import { tokenize } from '@/lib/tools/tokens';

const matches = (pattern: string, text: string) => {
  const tokens = tokenize(text);
  return new PatternSet([{ key: 0, pattern: mustCompile(pattern) }]).matches(tokens).map((m) => text.slice(tokens[m.from]!.start, tokens[m.to]!.end));
};

describe('tokenize', () => {
  it('reads money, percentages and numbers with or without commas', () => {
    const [a, b, c, d, e] = tokenize('$90,000 90000 90K 94% 12 percent');
    expect([a?.value, a?.money, a?.start]).toEqual([90000, true, 0]);
    expect([b?.value, b?.money]).toEqual([90000, undefined]);
    expect([c?.value, c?.money]).toEqual([90000, true]);
    expect([d?.value, d?.percent]).toEqual([94, true]);
    expect([e?.value, e?.percent]).toEqual([12, true]);
  });

  it('lowercases words, keeps them as written, straightens apostrophes and keeps a trailing +', () => {
    expect(tokenize('You’re CompTIA A+ 3+').map((t) => [t.text, t.raw])).toEqual([
      ["you're", 'You’re'],
      ['comptia', 'CompTIA'],
      ['a+', 'A+'],
      ['3', '3'],
    ]);
    expect(tokenize('3+ years')[0]?.plus).toBe(true);
  });
});

describe('patterns', () => {
  it('match words, prefixes, alternatives, classes and bounded gaps', () => {
    expect(matches('guarantee* ~3 job|jobs', 'We guaranteed you a job.')).toEqual(['guaranteed you a job']);
    expect(matches('guarantee* ~1 job', 'We guaranteed you a good job.')).toEqual([]);
    expect(matches('<money> ~1 job', 'a $90k job')).toEqual(['$90k job']);
    expect(matches('<percent> placement', '94% placement')).toEqual(['94% placement']);
    expect(matches('=RN', 'RN or rn')).toEqual(['RN']);
  });

  it('are rejected with a reason when they break the rules', () => {
    expect(compilePattern('')).toEqual({ error: 'the pattern is empty' });
    expect(compilePattern('~2 job')).toHaveProperty('error', '"~2": a pattern cannot start or end with a gap');
    expect(compilePattern('a ~9 b')).toHaveProperty('error', '"~9": a gap skips 1 to 6 words');
    expect(compilePattern('a ~1 b ~1 c ~1 d')).toHaveProperty('error', 'a pattern has at most 2 gaps');
    expect(compilePattern('six-figure')).toHaveProperty('error');
    expect(compilePattern('<amount>')).toHaveProperty('error');
    expect(compilePattern('jo*')).toHaveProperty('error');
    expect(compilePattern('a b c d e f g h i')).toHaveProperty('error', 'a pattern has at most 8 elements');
  });
});
