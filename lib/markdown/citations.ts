import type { Element, ElementContent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { CITE_PATTERN } from './facts';

/** The anchor id of a source in an article's sources list. */
export const sourceAnchor = (id: string) => `source-${id}`;

function citationMark(id: string, n: number): Element {
  return {
    type: 'element',
    tagName: 'sup',
    properties: { className: ['citation'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${sourceAnchor(id)}` },
        children: [
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: 'Source ' }] },
          { type: 'text', value: String(n) },
        ],
      },
    ],
  };
}

/**
 * Replaces `{cite:id}` with a numbered link to the sources list. Numbers follow the order in
 * which sources are first cited; the order is left in `file.data.citationOrder`.
 */
export const rehypeCitations: Plugin<[], Root> = () => (tree, file) => {
  const order: string[] = [];
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return;
    const value = (node as Text).value;
    if (!value.includes('{cite:')) return;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const m of value.matchAll(CITE_PATTERN)) {
      const id = m[1] as string;
      if (!order.includes(id)) order.push(id);
      const before = value.slice(last, m.index).replace(/\s+$/, '');
      if (before) parts.push({ type: 'text', value: before });
      parts.push(citationMark(id, order.indexOf(id) + 1));
      last = m.index + m[0].length;
    }
    if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
    parent.children.splice(index, 1, ...parts);
    return index + parts.length;
  });
  file.data.citationOrder = order;
};

declare module 'vfile' {
  interface DataMap {
    citationOrder: string[];
  }
}
