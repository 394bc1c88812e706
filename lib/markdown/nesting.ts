/**
 * Limits on how deeply Markdown may nest, checked on the text before it is parsed. The
 * parser and the tree walkers after it recurse once per level: 10,000 nested blockquotes ran
 * out of stack, and 1,000 nested list items or 10,000 emphasis marks in one paragraph took
 * from 10 s to over a minute first. No article needs more than a few levels.
 */
export const MAX_NESTING = 16;
/** `*` and `_` in one paragraph (or table): each can open a level of emphasis. */
export const MAX_EMPHASIS_MARKS = 1000;

/** Columns of leading spaces and tabs (a tab counts as 4), and where the text after them starts. */
function indentation(line: string, from: number): { columns: number; next: number } {
  let columns = 0;
  let i = from;
  for (; i < line.length; i++) {
    if (line[i] === ' ') columns++;
    else if (line[i] === '\t') columns += 4;
    else break;
  }
  return { columns, next: i };
}

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
const FENCE = /^(`{3,}|~{3,})/;

/**
 * How many blockquotes and list items a line opens or sits inside, counted from its prefix:
 * each `>` and list marker is a level, and so is every two columns of indentation before them
 * (how nested list items line up). An overestimate for lists indented by four, which is why
 * the limit is generous. Returns the markers alone and the text after the prefix too.
 */
function containerDepth(line: string): { depth: number; markers: number; rest: string } {
  const lead = indentation(line, 0);
  let markers = 0;
  let i = lead.next;
  for (;;) {
    if (line[i] === '>') {
      markers++;
      i = indentation(line, i + 1).next;
      continue;
    }
    const marker = LIST_MARKER.exec(line.slice(i, i + 11));
    if (marker && !THEMATIC_BREAK.test(line.slice(i).trimEnd())) {
      markers++;
      i = indentation(line, i + marker[0].length).next;
      continue;
    }
    return { depth: markers + Math.floor(lead.columns / 2), markers, rest: line.slice(i) };
  }
}

export type NestingProblem = { line: number; message: string };

/** The first place where `markdown` nests deeper than the limits allow, if any. */
export function nestingProblem(markdown: string): NestingProblem | undefined {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  let brackets = 0;
  let emphasis = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = n + 1;
    const { depth, markers, rest } = containerDepth(lines[n] ?? '');
    // Inside a fenced code block, indentation is code; a long run of > or list markers is not.
    if ((fence ? markers : depth) > MAX_NESTING) {
      return { line, message: `blockquotes and lists are nested ${depth.toLocaleString('en-US')} levels deep here; at most ${MAX_NESTING} levels are allowed` };
    }
    const opening = FENCE.exec(rest)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length && rest.slice(opening.length).trim() === '') fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening;
      continue;
    }
    if (rest.trim() === '') {
      brackets = 0;
      emphasis = 0;
      continue;
    }
    if (THEMATIC_BREAK.test(rest.trimEnd())) continue;
    for (let i = 0; i < rest.length; i++) {
      const ch = rest[i];
      if (ch === '\\') i++;
      else if (ch === '[') brackets++;
      else if (ch === ']') brackets = Math.max(0, brackets - 1);
      else if (ch === '*' || ch === '_') emphasis++;
      if (brackets > MAX_NESTING) {
        return { line, message: `links or images are nested more than ${MAX_NESTING} levels deep here (counting open [ brackets); at most ${MAX_NESTING} are allowed` };
      }
    }
    if (emphasis > MAX_EMPHASIS_MARKS) {
      return { line, message: `this paragraph has more than ${MAX_EMPHASIS_MARKS} emphasis marks (* and _) by this line; at most ${MAX_EMPHASIS_MARKS} are allowed in one paragraph, as each can open a level of nesting` };
    }
  }
  return undefined;
}
