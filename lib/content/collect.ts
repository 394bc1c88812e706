import path from 'node:path';
import type { z } from 'zod';
import { describeIssue, formatPath, formatProblem, type ContentProblem } from './problems';
import { readContentFile } from './read-file';
import { parseYaml, type ParsedYaml } from './yaml-file';

/** Collects problems while loading, so every one is reported at once (and each only once). */
export class Problems {
  readonly list: ContentProblem[] = [];
  private readonly seen = new Set<string>();
  add(file: string, where: string, message: string, line?: number) {
    const problem = { file, where, message, ...(line ? { line } : {}) };
    const key = formatProblem(problem);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(problem);
  }
  /**
   * Runs `work` for one file; anything it throws becomes that file's problem instead of
   * stopping the check, which goes on to the next file. Undefined when it threw.
   */
  guard<T>(file: string, work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      this.add(file, 'file', `could not be checked: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return undefined;
    }
  }
  /** Records every zod issue under `prefix`, with the line its value sits on. */
  addZod(file: string, prefix: string, error: z.ZodError, yaml: ParsedYaml, label: (p: readonly PropertyKey[]) => string = formatPath) {
    for (const issue of error.issues) {
      // For a misspelt field, point at the field's own line rather than its parent's.
      const linePath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      this.add(file, [prefix, label(issue.path)].filter(Boolean).join('.') || prefix || 'file', describeIssue(issue), yaml.lineOf(linePath));
    }
  }
}

/** A path as problems show it: relative to the project when inside it. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith('..') ? abs : rel.split(path.sep).join('/');
}

/** A YAML data file read and checked against its schema; `data` is missing when it was invalid. */
export type YamlData<T> = {
  file: string;
  yaml?: ParsedYaml;
  data?: T;
  /** Names list entries by index and id, e.g. `[2](coursera-2023).date`. */
  label: (p: readonly PropertyKey[]) => string;
};

/** Names `[index](id)` for lists of entries that carry an `id`. */
function labelEntries(raw: unknown) {
  return (p: readonly PropertyKey[]) => {
    const [index, ...rest] = p;
    if (typeof index !== 'number' || !Array.isArray(raw)) return formatPath(p);
    const id = (raw[index] as { id?: unknown } | undefined)?.id;
    return formatPath([`[${index}]${typeof id === 'string' ? `(${id})` : ''}`, ...rest]);
  };
}

/** Reads `content/<name>` and validates it with `schema`, adding every problem found. */
export function readYamlData<S extends z.ZodType>(contentDir: string, name: string, schema: S, problems: Problems): YamlData<z.infer<S>> {
  const abs = path.join(/* turbopackIgnore: true */ contentDir, name);
  const file = displayPath(abs);
  const unread = { file, label: formatPath };
  return problems.guard(file, () => parseYamlData(file, abs, schema, problems)) ?? unread;
}

function parseYamlData<S extends z.ZodType>(file: string, abs: string, schema: S, problems: Problems): YamlData<z.infer<S>> {
  const read = readContentFile(abs, 'a data file');
  if ('problem' in read) {
    problems.add(file, 'file', read.problem, read.line);
    return { file, label: formatPath };
  }
  const yaml = parseYaml(read.text);
  for (const e of yaml.errors) problems.add(file, 'yaml', e.message, e.line);
  const raw = yaml.data;
  const label = labelEntries(raw);
  if (yaml.errors.length) return { file, yaml, label };
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    problems.addZod(file, '', parsed.error, yaml, label);
    return { file, yaml, label };
  }
  return { file, yaml, data: parsed.data, label };
}

/**
 * The ids named by the entries of the file's list (or of the list under `key`), valid or not,
 * read from the raw data so one bad entry does not cascade. Undefined when the file could not
 * be read or parsed at all: what points into it is then not judged.
 */
export function namedIds(data: YamlData<unknown>, key?: string): string[] | undefined {
  const raw = data.yaml?.data;
  if (raw === undefined) return undefined;
  const list = key ? (raw as Record<string, unknown> | null)?.[key] : raw;
  return (Array.isArray(list) ? list : []).map((e) => (e as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
}

/** Reports entries that share an id, each at its own line. */
export function checkUniqueIds(entries: readonly { id: string }[], what: string, data: YamlData<unknown>, problems: Problems): Set<string> {
  const ids = new Set<string>();
  entries.forEach((e, i) => {
    if (ids.has(e.id)) problems.add(data.file, data.label([i, 'id']), `duplicate id "${e.id}"; every ${what} needs its own id`, data.yaml?.lineOf([i, 'id']));
    ids.add(e.id);
  });
  return ids;
}
