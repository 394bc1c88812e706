import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';

/** A paragraph starting "Table: " just before a table is that table's caption (as in Pandoc). */
const CAPTION_PREFIX = /^Table:\s+/;

const isElement = (node: ElementContent | undefined, tagName: string): node is Element => node?.type === 'element' && node.tagName === tagName;
const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();

/** Removes the "Table: " prefix from the caption paragraph's first text. */
function captionFrom(paragraph: Element): ElementContent[] {
  const children = [...paragraph.children];
  const first = children[0];
  if (first?.type === 'text') children[0] = { ...first, value: first.value.replace(CAPTION_PREFIX, '') };
  return children;
}

/**
 * Tables that a screen reader can navigate and a phone can scroll (GOV.UK's and WCAG's
 * pattern): column headers say they head columns, each row's first cell heads its row, a
 * "Table: …" paragraph just above becomes the caption, and the table sits in a scrollable
 * region a keyboard can reach and a screen reader can name. Markdown has no syntax for the
 * first three.
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
      // The paragraph before it, skipping the line break between them.
      let before = i - 1;
      while (before >= 0 && isBlank(parent.children[before] as ElementContent)) before -= 1;
      const previous = parent.children[before] as ElementContent | undefined;
      const id = `table-${count}-caption`;
      let label: Record<string, string> = { ariaLabel: 'Table' };
      if (isElement(previous, 'p') && CAPTION_PREFIX.test(toString(previous))) {
        node.children.unshift({ type: 'element', tagName: 'caption', properties: { id }, children: captionFrom(previous) });
        label = { ariaLabelledBy: id };
        parent.children.splice(before, i - before);
        i = before;
      }
      parent.children[i] = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ...label }, children: [node] };
    }
  };
  visitChildren(tree);
};
