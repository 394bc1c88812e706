import type { z } from 'zod';

/** One thing wrong with the content, precise enough for an editor to fix without guessing. */
export type ContentProblem = {
  /** Path from the project root, e.g. `content/guides/red-flags.md`. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** The field or place, e.g. `frontmatter.updated` or `body`. */
  where: string;
  message: string;
};

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.where}: ${p.message}`;
}

/** Thrown when content is invalid; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    const lines = [...new Set(problems.map(formatProblem))];
    super(`${lines.length} content problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Shows a bad value the way an editor typed it, short enough for one line. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Turns a zod issue into plain words; custom messages (dates, slugs) pass through as written. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required but missing';
      // A schema's own wording ("expected a whole number like 3") beats zod's generic one.
      return issue.message.startsWith('Invalid input') ? `expected ${issue.expected}, got ${showValue(issue.input)}` : issue.message;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${showValue(issue.input)}`;
    default:
      return issue.message;
  }
}

/** `['tags', 1]` → `tags[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
