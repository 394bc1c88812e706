import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { rehypeCitations } from './citations';
import { CITE_PATTERN, remarkCollectFacts, type MarkdownFacts } from './facts';
import { mayHaveAutolinkLiteral, remarkGfmWithoutAutolinkLiterals } from './gfm';
import { rehypeGlossaryLinks, type LinkableTerm } from './glossary';
import { rehypeExternalLinks } from './links';
import { rehypeSections, type Section } from './sections';
import { rehypeTables, remarkTableCaptions } from './tables';
import { rehypeToc, type TocEntry } from './toc';

const WORDS_PER_MINUTE = 200;

/** Counts the words a reader reads: after sanitising, before citation marks and anchors are added. */
const rehypeWordCount: Plugin<[], Root> = () => (tree, file) => {
  const words = toString(tree).replace(CITE_PATTERN, '').split(/\s+/).filter(Boolean);
  file.data.wordCount = words.length;
};

declare module 'vfile' {
  interface DataMap {
    wordCount: number;
  }
}

/** The whole pipeline; only the GFM plugin varies (see `renderMarkdown`). */
const pipeline = (gfm: Plugin<[]>) =>
  unified()
    .use(remarkParse)
    .use(gfm)
    .use(remarkTableCaptions)
    .use(remarkCollectFacts)
    // Raw HTML is dropped here (no allowDangerousHtml), and the checks report it as an error.
    .use(remarkRehype)
    // Defence in depth: strips script, event handlers and javascript: URLs whatever got this far.
    // GitHub's schema, which does not list <caption>; ours come from "Table: " lines.
    .use(rehypeSanitize, { ...defaultSchema, tagNames: [...(defaultSchema.tagNames ?? []), 'caption'] })
    .use(rehypeTables)
    .use(rehypeWordCount)
    .use(rehypeSlug)
    .use(rehypeToc)
    .use(rehypeSections)
    // Each heading gets a link to itself, beside it rather than inside it, so a screen reader's
    // list of headings reads just the headings, and each link names its own section.
    // Functions rather than objects: the plugin deep-copies objects for every heading, which was slow.
    .use(rehypeAutolinkHeadings, {
      behavior: 'after',
      group: () => ({ type: 'element', tagName: 'div', properties: { className: ['heading-group'] }, children: [] }),
      properties: () => ({ className: ['heading-anchor'] }),
      content: (heading) => [
        { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
        { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to the section “${toString(heading)}”` }] },
      ],
    })
    .use(rehypeExternalLinks)
    .use(rehypeCitations)
    // After citations, so the citation marks (<sup>) are there to be skipped.
    .use(rehypeGlossaryLinks)
    .use(rehypeStringify)
    .freeze();

const processor = pipeline(remarkGfm);
const processorWithoutAutolinkLiterals = pipeline(remarkGfmWithoutAutolinkLiterals);

export type RenderedMarkdown = {
  /** Sanitised HTML, safe to insert into the page. */
  html: string;
  /** `##` and `###` headings, in order, with the ids they carry in `html`. */
  toc: TocEntry[];
  /** Every heading id in the body, for checking `#fragment` links. */
  headingIds: string[];
  /** The text under each heading (the first has id '' for the text before any heading). */
  sections: Section[];
  /** Source ids in the order they are first cited: citation n links to `citationOrder[n - 1]`. */
  citationOrder: string[];
  wordCount: number;
  /** Whole minutes at about 200 words a minute, at least 1. */
  readingMinutes: number;
  facts: MarkdownFacts;
  /** Glossary ids whose first use in the body was linked to /glossary, in order. */
  glossaryLinks: string[];
};

export type RenderOptions = {
  /** Glossary terms to link on first use; none by default. */
  glossaryTerms?: LinkableTerm[];
};

export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  // Articles write links as [text](/path) and cite sources, so most have no autolink literal
  // to find; parsing them without that extension is much faster and renders the same.
  const chosen = mayHaveAutolinkLiteral(markdown) ? processor : processorWithoutAutolinkLiterals;
  const file = chosen.processSync({ value: markdown, data: { glossaryTerms: options.glossaryTerms ?? [] } });
  const wordCount = file.data.wordCount ?? 0;
  return {
    html: String(file),
    toc: file.data.toc ?? [],
    headingIds: file.data.headingIds ?? [],
    sections: file.data.sections ?? [],
    citationOrder: file.data.citationOrder ?? [],
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    facts: file.data.facts ?? { citations: [], links: [], mistakes: [] },
    glossaryLinks: file.data.glossaryLinks ?? [],
  };
}
