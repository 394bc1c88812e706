import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Plugin } from 'unified';

/**
 * GFM as remark-gfm adds it (same extensions, same order) minus autolink literals, which
 * cost about 40% of parsing: the email literal is tried at the start of every word.
 * Only for text that `mayHaveAutolinkLiteral` clears, where it renders exactly the same.
 */
export const remarkGfmWithoutAutolinkLiterals: Plugin<[]> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
};

/**
 * Every autolink literal needs "www", "http" or "@" in the text (any case). Escapes cannot
 * make those letters, but a character reference can ("&#64;", "&commat;"), so any "&" that
 * could start one counts too. A plain "&" ("U.S. News & World Report") does not.
 */
const AUTOLINK_HINT = /www|http|@|&[#a-z0-9]/i;

/** False only when the Markdown cannot contain a GFM autolink literal. */
export const mayHaveAutolinkLiteral = (markdown: string) => AUTOLINK_HINT.test(markdown);
