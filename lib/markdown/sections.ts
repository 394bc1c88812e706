import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { CITE_PATTERN } from './facts';

/** The body split at its `##`/`###` headings, as plain text: what site search indexes. */
export type Section = { id: string; heading: string; text: string };

const clean = (text: string) => text.replace(CITE_PATTERN, '').replace(/\s+/g, ' ').trim();

/** Runs after rehype-slug, before anchors and citation marks are added, so the text is what a reader reads. */
export const rehypeSections: Plugin<[], Root> = () => (tree, file) => {
  const sections: Section[] = [{ id: '', heading: '', text: '' }];
  for (const node of tree.children) {
    const rank = node.type === 'element' ? headingRank(node) : undefined;
    if (node.type === 'element' && (rank === 2 || rank === 3) && typeof node.properties.id === 'string') {
      sections.push({ id: node.properties.id, heading: clean(toString(node)), text: '' });
      continue;
    }
    const current = sections[sections.length - 1] as Section;
    current.text += ` ${toString(node)}`;
  }
  file.data.sections = sections.map((s) => ({ ...s, text: clean(s.text) })).filter((s) => s.id || s.text);
};

declare module 'vfile' {
  interface DataMap {
    sections: Section[];
  }
}
