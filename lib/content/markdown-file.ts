import matter from 'gray-matter';
import { parseYaml, type ParsedYaml } from './yaml-file';

const refuse = (language: string) => () => {
  throw new Error(`front matter in ${language} is not read; only YAML is`);
};

/**
 * gray-matter's options: YAML through our own reader (dates kept as text, lines known), and
 * every other language it knows replaced by one that refuses. Its defaults evaluate `---js`
 * front matter as JavaScript; the opening line is also checked before gray-matter sees it
 * (`splitFrontmatter`), so these are a second wall, not the first.
 */
export const matterOptions = (yaml: (raw: string) => object) => ({
  language: 'yaml',
  engines: {
    yaml,
    yml: yaml,
    js: refuse('JavaScript'),
    javascript: refuse('JavaScript'),
    coffee: refuse('CoffeeScript'),
    coffeescript: refuse('CoffeeScript'),
    cson: refuse('CoffeeScript'),
    json: refuse('JSON'),
    toml: refuse('TOML'),
  },
});

export type SplitFile = {
  /** The parsed front matter; missing when the file has none. */
  yaml?: ParsedYaml;
  /** The Markdown after the front matter. */
  body: string;
  /** Lines before the body, to turn a body line into a file line. */
  bodyLineOffset: number;
  /** Why the front matter was not read: it opens with something other than a plain `---`. */
  problem?: string;
};

/**
 * Splits an article into its YAML front matter and its Markdown body. Only a plain `---` line
 * opens front matter: `---js`, `---json` or anything else after the dashes is refused, with the
 * whole file as the body, and nothing in it is parsed.
 */
export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '');
  const end = text.indexOf('\n');
  const firstLine = end < 0 ? text : text.slice(0, end);
  // gray-matter reads `----` as no front matter at all, and whatever follows `---` as a language.
  if (firstLine.startsWith('---') && !firstLine.startsWith('----') && firstLine.slice(3).trim() !== '') {
    return {
      body: text,
      bodyLineOffset: 0,
      problem: `opens with ${JSON.stringify(firstLine.slice(0, 40))}; start the file with a line of just --- and write the fields in YAML (front matter in another language, like JavaScript, could run as code)`,
    };
  }
  let yaml: ParsedYaml | undefined;
  const split = matter(text, matterOptions((raw) => ((yaml = parseYaml(raw)).data ?? {}) as object));
  return { yaml, body: split.content, bodyLineOffset: text.split('\n').length - split.content.split('\n').length };
}
