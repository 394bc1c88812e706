import { LineCounter, parseDocument, isNode } from 'yaml';

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
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    errors: doc.errors.map((e) => ({ line: toLine(e.pos[0]), message: e.message.split('\n')[0] ?? e.message })),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return toLine(node.range[0]);
      }
      return undefined;
    },
  };
}
