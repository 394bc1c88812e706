import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { describeIssue, formatPath, type ContentProblem } from './problems';
import { parseYaml, type ParsedYaml } from './yaml-file';

/** Collects problems while loading, so every one is reported at once. */
export class Problems {
  readonly list: ContentProblem[] = [];
  add(file: string, where: string, message: string, line?: number) {
    this.list.push({ file, where, message, ...(line ? { line } : {}) });
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
  /** Every `id` the file's entries name, valid or not, so one bad entry does not cascade. */
  namedIds: Set<string>;
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
  if (!existsSync(/* turbopackIgnore: true */ abs)) {
    problems.add(file, 'file', 'is missing');
    return { file, label: formatPath, namedIds: new Set() };
  }
  const yaml = parseYaml(readFileSync(/* turbopackIgnore: true */ abs, 'utf8').replace(/\r\n?/g, '\n'));
  for (const e of yaml.errors) problems.add(file, 'yaml', e.message, e.line);
  const raw = yaml.data;
  const label = labelEntries(raw);
  const namedIds = new Set(
    (Array.isArray(raw) ? raw : []).map((e) => (e as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'),
  );
  if (yaml.errors.length) return { file, yaml, label, namedIds };
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    problems.addZod(file, '', parsed.error, yaml, label);
    return { file, yaml, label, namedIds };
  }
  return { file, yaml, data: parsed.data, label, namedIds };
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
