import type { Element, ElementContent, Root } from 'hast';
import type { Data, Parent, PhrasingContent, Root as MdastRoot } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** A paragraph starting "Table: " just before a table is that table's caption (as in Pandoc). */
const CAPTION_PREFIX = /^Table:\s+/;

declare module 'mdast' {
  /** A table's caption, made from its "Table: " paragraph; rendered as <caption>. */
  interface TableCaption extends Parent {
    type: 'tableCaption';
    children: PhrasingContent[];
    data?: Data & { hName?: string };
  }
  interface RootContentMap {
    tableCaption: TableCaption;
  }
}

/**
 * Finds each table's caption in the Markdown tree, where the check for a missing one
 * (lib/markdown/facts.ts, which runs next) and the HTML below both see the same thing. As its
 * own node, it keeps its place even in a tight list, where a paragraph would lose its <p>.
 */
export const remarkTableCaptions: Plugin<[], MdastRoot> = () => (tree) => {
  visit(tree, 'table', (_table, index, parent) => {
    if (!parent || index === undefined) return;
    const previous = parent.children[index - 1];
    const first = previous?.type === 'paragraph' ? previous.children[0] : undefined;
    if (previous?.type !== 'paragraph' || first?.type !== 'text' || !CAPTION_PREFIX.test(first.value)) return;
    const rest = first.value.replace(CAPTION_PREFIX, '');
    const children: PhrasingContent[] = [...(rest ? [{ ...first, value: rest }] : []), ...previous.children.slice(1)];
    if (children.length === 0) return;
    parent.children[index - 1] = { type: 'tableCaption', children, position: previous.position, data: { hName: 'caption' } };
  });
};

const isElement = (node: ElementContent | undefined, tagName: string): node is Element => node?.type === 'element' && node.tagName === tagName;
const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();

/**
 * Tables that a screen reader can navigate and a phone can scroll (GOV.UK's and WCAG's
 * pattern): column headers say they head columns, each row's first cell heads its row, the
 * caption goes inside the table, and the table sits in a scrollable region a keyboard can reach
 * and a screen reader can name. Every table gets the region, even one that fits: which fit
 * depends on the reader's screen, and without a script the page cannot tell.
 */
export const rehypeTables: Plugin<[], Root> = () => (tree) => {
  let count = 0;
  const visitChildren = (parent: Root | Element) => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i] as ElementContent;
      if (node.type !== 'element') continue;
      if (node.tagName !== 'table') {
        visitChildren(node);
        continue;
      }
      count += 1;
      for (const section of node.children) {
        if (!isElement(section, 'thead') && !isElement(section, 'tbody')) continue;
        for (const row of section.children) {
          if (!isElement(row, 'tr')) continue;
          const cells = row.children.filter((c): c is Element => c.type === 'element');
          if (section.tagName === 'thead') for (const cell of cells) cell.properties.scope = 'col';
          else if (cells[0]) Object.assign(cells[0], { tagName: 'th', properties: { ...cells[0].properties, scope: 'row' } });
        }
      }
      // The caption before it (remarkTableCaptions), skipping the line break between them.
      let before = i - 1;
      while (before >= 0 && isBlank(parent.children[before] as ElementContent)) before -= 1;
      const caption = parent.children[before] as ElementContent | undefined;
      // A dot, which github-slugger never puts in a heading's id, so the two cannot clash.
      const id = `table-caption.${count}`;
      let label: Record<string, string> = { ariaLabel: 'Table' };
      if (isElement(caption, 'caption')) {
        node.children.unshift({ ...caption, properties: { id } });
        label = { ariaLabelledBy: id };
        parent.children.splice(before, i - before);
        i = before;
      }
      parent.children[i] = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ...label }, children: [node] };
    }
  };
  visitChildren(tree);
};
