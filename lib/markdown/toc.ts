import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export type TocEntry = { id: string; text: string; depth: 2 | 3 };

/**
 * Reads headings after rehype-slug has given them ids, so the table of contents and the
 * headings can never disagree. Also records every heading id for link checks.
 */
export const rehypeToc: Plugin<[], Root> = () => (tree, file) => {
  const toc: TocEntry[] = [];
  const ids: string[] = [];
  visit(tree, 'element', (node) => {
    const rank = headingRank(node);
    const id = node.properties.id;
    if (!rank || typeof id !== 'string') return;
    ids.push(id);
    if (rank === 2 || rank === 3) toc.push({ id, text: toString(node).trim(), depth: rank });
  });
  file.data.toc = toc;
  file.data.headingIds = ids;
};

declare module 'vfile' {
  interface DataMap {
    toc: TocEntry[];
    headingIds: string[];
  }
}
