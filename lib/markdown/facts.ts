import type { Nodes, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visitParents } from 'unist-util-visit-parents';

export const CITE_PATTERN = /\{cite:([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;
const ANY_CITE = /\{cite[^}]*\}?/g;
const STRICT_CITE = new RegExp(`^${CITE_PATTERN.source}$`);

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
  visitParents(tree, (node, ancestors) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'html':
        facts.mistakes.push({ line, message: `raw HTML is not allowed (found ${JSON.stringify(node.value.slice(0, 40))}); use Markdown` });
        break;
      case 'heading':
        if (node.depth === 1) facts.mistakes.push({ line, message: 'use ## or ### headings; the page title comes from frontmatter.title' });
        break;
      case 'table': {
        // remarkTableCaptions (lib/markdown/tables.ts) has already turned a "Table: " line into one.
        const parent = ancestors[ancestors.length - 1];
        // Widened to one array type: indexOf on a union of array types only accepts never.
        const siblings: readonly Nodes[] = parent && 'children' in parent ? parent.children : [];
        if (siblings[siblings.indexOf(node) - 1]?.type !== 'tableCaption') {
          facts.mistakes.push({ line, message: 'a table needs a caption: put a line "Table: what the table shows" just above it' });
        }
        break;
      }
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
          // A text node can span lines inside a paragraph: count the line breaks before the match.
          const at = line + (node.value.slice(0, m.index).match(/\n/g)?.length ?? 0);
          const strict = STRICT_CITE.exec(m[0]);
          const inside = ancestors.find((a) => a.type === 'heading' || a.type === 'link' || a.type === 'linkReference');
          if (inside) facts.mistakes.push({ line: at, message: `citation ${m[0]} inside a ${inside.type === 'heading' ? 'heading' : 'link'}; put it after the sentence instead` });
          else if (strict?.[1]) facts.citations.push({ id: strict[1], line: at });
          else facts.mistakes.push({ line: at, message: `malformed citation ${JSON.stringify(m[0])}; write {cite:source-id}` });
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
