import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export const CITE_PATTERN = /\{cite:([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;
const ANY_CITE = /\{cite[^}]*\}?/g;

/** What the Markdown body refers to, each with its line, so content checks can point at it. */
export type MarkdownFacts = {
  citations: { id: string; line: number }[];
  links: { url: string; line: number }[];
  /** Things an editor wrote that the site will not render as meant. */
  mistakes: { line: number; message: string }[];
};

/**
 * Reads the Markdown tree (where positions are exact) and records citations, links and
 * mistakes. It changes nothing; rendering happens later in rehype.
 */
export const remarkCollectFacts: Plugin<[], Root> = () => (tree, file) => {
  const facts: MarkdownFacts = { citations: [], links: [], mistakes: [] };
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'html':
        facts.mistakes.push({ line, message: `raw HTML is not allowed (found ${JSON.stringify(node.value.slice(0, 40))}); use Markdown` });
        break;
      case 'heading':
        if (node.depth === 1) facts.mistakes.push({ line, message: 'use ## or ### headings; the page title comes from frontmatter.title' });
        break;
      case 'footnoteReference':
      case 'footnoteDefinition':
        facts.mistakes.push({ line, message: 'footnotes are not supported; cite a source with {cite:source-id}' });
        break;
      case 'link':
      case 'definition':
      case 'image':
        facts.links.push({ url: node.url, line });
        break;
      case 'text':
        for (const m of node.value.matchAll(ANY_CITE)) {
          const strict = /^\{cite:([a-z0-9]+(?:-[a-z0-9]+)*)\}$/.exec(m[0]);
          if (strict?.[1]) facts.citations.push({ id: strict[1], line });
          else facts.mistakes.push({ line, message: `malformed citation ${JSON.stringify(m[0])}; write {cite:source-id}` });
        }
        break;
    }
  });
  file.data.facts = facts;
};

declare module 'vfile' {
  interface DataMap {
    facts: MarkdownFacts;
  }
}
