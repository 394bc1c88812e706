import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Marks links that leave the site, for the reader (a hidden note) and for the browser (rel). */
export const rehypeExternalLinks: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'a') return;
    const href = node.properties.href;
    if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
    node.properties.rel = ['external', 'noopener', 'noreferrer'];
    node.properties.className = ['external-link'];
    node.children.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['sr-only'] },
      children: [{ type: 'text', value: ' (external site)' }],
    });
  });
};
