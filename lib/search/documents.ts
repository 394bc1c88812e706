import 'server-only';
import { getChecklist, getCredentialKinds, getGlossary, getGuides, getResearch } from '../content';
import { termPattern } from '../markdown/glossary';

/** One thing site search can find: an article section, a checklist question, a glossary term, a kind of credential or a survey chart. */
export type SearchDocument = {
  id: string;
  /** What kind of thing it is, shown with the result. */
  kind: 'Guide' | 'Checklist' | 'Glossary' | 'Kind of credential' | 'Research';
  /** The article or tool it belongs to. */
  title: string;
  /** The section heading or question; empty for an article's opening. */
  heading: string;
  text: string;
  /** Where the result links: straight to the section or question. */
  href: string;
  /** Other spellings of glossary terms the document uses ("bootcamp" for "boot camp"): searched, never shown. */
  also?: string;
};

/** Everything search indexes, built once at build time into /search-index.json. */
export function getSearchDocuments(): SearchDocument[] {
  const guides = getGuides().flatMap((g) =>
    g.sections.map((s) => ({
      id: `${g.slug}#${s.id}`,
      kind: 'Guide' as const,
      title: g.title,
      heading: s.heading,
      text: s.id ? s.text : `${g.description} ${s.text}`,
      href: s.id ? `${g.href}#${s.id}` : g.href,
    })),
  );
  const checklist = getChecklist().sections.flatMap((section) =>
    section.items.map((item) => ({
      id: `checklist#${item.id}`,
      kind: 'Checklist' as const,
      title: section.title,
      heading: item.question,
      text: `${item.why} ${item.reassuring} ${item.worrying}`,
      href: `/checklist#item-${item.id}`,
    })),
  );
  const glossary = getGlossary().map((t) => ({
    id: `glossary#${t.id}`,
    kind: 'Glossary' as const,
    title: 'Glossary',
    heading: t.term,
    // Aliases ("bootcamp") are searchable too.
    text: [t.definition, ...t.aliases].join(' '),
    href: t.href,
  }));
  const kinds = getCredentialKinds().map((k) => ({
    id: `credentials#${k.id}`,
    kind: 'Kind of credential' as const,
    title: 'Kind of credential',
    heading: k.name,
    // How long it takes, where a source says (the page's "How long it takes"), so "how long" finds it.
    text: [k.summary, k.definition, k.offeredBy, k.length?.text ?? '', ...k.checks.map((c) => c.text), ...k.examples.map((e) => `${e.name} ${e.text}`)].filter(Boolean).join(' '),
    href: k.href,
  }));
  const research = getResearch();
  const charts = research.charts.map((c) => ({
    id: `research#${c.id}`,
    kind: 'Research' as const,
    title: 'What employers say',
    heading: c.title,
    text: [c.who, c.source.title, c.source.publisher, c.caveat, ...c.figures.map((f) => `${f.label} ${f.asked}`)].join(' '),
    href: `/research#${c.id}`,
  }));
  const findings = research.findings.map((f) => ({
    id: `research#${f.id}`,
    kind: 'Research' as const,
    title: 'What employers say',
    heading: f.source.publisher,
    text: `${f.text} ${f.source.title}`,
    href: `/research#${f.id}`,
  }));
  return withOtherSpellings([...guides, ...checklist, ...glossary, ...kinds, ...charts, ...findings]);
}

/**
 * Every spelling of a glossary term ("boot camp", "bootcamp") added to each document that uses
 * one of them, so a reader who types either finds every page about it. The spellings come from
 * the glossary's aliases, so authors extend this by editing content/glossary.yaml.
 */
function withOtherSpellings(docs: SearchDocument[]): SearchDocument[] {
  const spellings = getGlossary()
    .filter((t) => t.aliases.length > 0)
    .map((t) => {
      const words = [t.term, ...t.aliases];
      return { words, pattern: termPattern([{ id: t.id, words }]) };
    });
  return docs.map((d) => {
    const also = spellings
      .filter(({ pattern }) => {
        if (!pattern) return false;
        pattern.lastIndex = 0; // a global pattern remembers where it stopped
        return pattern.test(`${d.heading} ${d.text}`);
      })
      .flatMap(({ words }) => words);
    return also.length ? { ...d, also: also.join(' ') } : d;
  });
}
