import type { Element, ElementContent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** A glossary entry as the pipeline sees it: its anchor id and the words that name it. */
export type LinkableTerm = { id: string; words: string[] };

/** Elements whose text is never linked: headings, existing links, code and citation marks. */
const SKIPPED = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'sup', 'kbd', 'samp']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for every spelling, longest first so "college certificate" wins over
 * "certificate". A plain plural ("boot camps") counts as the term. Whole words only.
 */
export function termPattern(terms: readonly LinkableTerm[]): RegExp | undefined {
  const words = terms.flatMap((t) => t.words).sort((a, b) => b.length - a.length);
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}-])(${words.map(escape).join('|')})(?:s|es)?(?![\\p{L}\\p{N}-])`, 'giu');
}

function glossaryLink(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `/glossary#${id}`, className: ['glossary-link'] },
    children: [{ type: 'text', value: text }],
  };
}

/** The pattern for a list of terms, and the id each spelling (lowercased) links to. */
type TermMatcher = { pattern: RegExp; idOf: Map<string, string> };

// Every article in a build gets the same list of terms, so build its matcher once, not per
// article: rebuilding the pattern (and compiling it again) was about a fifth of this step.
const matchers = new WeakMap<readonly LinkableTerm[], TermMatcher | undefined>();

function matcherFor(terms: readonly LinkableTerm[]): TermMatcher | undefined {
  if (!matchers.has(terms)) {
    const pattern = termPattern(terms);
    const idOf = new Map(terms.flatMap((t) => t.words.map((w) => [w.toLowerCase(), t.id] as const)));
    matchers.set(terms, pattern && { pattern, idOf });
  }
  return matchers.get(terms);
}

/**
 * Links the first use of each glossary term in an article body to its entry on /glossary.
 * The terms arrive in `file.data.glossaryTerms`, so one frozen processor serves every article.
 * Each term is linked once per article; the ids linked are left in `file.data.glossaryLinks`.
 */
export const rehypeGlossaryLinks: Plugin<[], Root> = () => (tree, file) => {
  const matcher = matcherFor(file.data.glossaryTerms ?? []);
  const linked: string[] = [];
  file.data.glossaryLinks = linked;
  if (!matcher) return;
  const { pattern, idOf } = matcher;

  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return;
    const value = (node as Text).value;
    const parts: ElementContent[] = [];
    let last = 0;
    // exec on the shared pattern rather than matchAll, which copies the pattern for every
    // text node: that copy was half of this step.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
      const id = idOf.get((m[1] ?? '').toLowerCase());
      if (!id || linked.includes(id)) continue;
      linked.push(id);
      if (m.index > last) parts.push({ type: 'text', value: value.slice(last, m.index) });
      parts.push(glossaryLink(id, m[0]));
      last = m.index + m[0].length;
    }
    if (parts.length === 0) return;
    if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
    parent.children.splice(index, 1, ...parts);
    return index + parts.length;
  });
};

declare module 'vfile' {
  interface DataMap {
    glossaryTerms: LinkableTerm[];
    glossaryLinks: string[];
  }
}
