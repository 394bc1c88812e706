import { LineCounter, parseDocument, isAlias, isNode, visit } from 'yaml';

/**
 * How far aliases (`*name`) may expand, counted as the yaml package counts them (each use of an
 * alias times the aliases inside what it names). A handful of aliases stays far below it; a
 * "billion laughs" file, a few lines that expand to gigabytes, stops at it.
 */
export const MAX_ALIAS_COUNT = 100;

/** YAML text parsed with dates kept as strings, plus a way to find the line of any value. */
export type ParsedYaml = {
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Syntax errors, each with its line. */
  errors: { line: number; message: string }[];
};

export function parseYaml(source: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  // The core schema keeps 2024-03-20 as text, so zod sees exactly what the editor typed.
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, schema: 'core' });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((e) => ({ line: toLine(e.pos[0]), message: describeYamlError(e.message) }));
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // toJS throws when aliases expand past the limit ("Excessive alias count"); point at the first alias.
      if (!/alias/i.test((error as Error).message)) throw error;
      let at = 0;
      visit(doc, { Alias: (_, node) => (isAlias(node) && node.range ? ((at = node.range[0]), visit.BREAK) : undefined) });
      errors.push({ line: toLine(at), message: `aliases (*name) expand too far, past ${MAX_ALIAS_COUNT} copies; write the values out instead` });
    }
  }
  return {
    data,
    errors,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return toLine(node.range[0]);
      }
      return undefined;
    },
  };
}

/** The yaml package's message, first line only; running out of stack means nesting too deep to read. */
function describeYamlError(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return /maximum call stack/i.test(first) ? 'lists or maps are nested too deeply to read' : first;
}
