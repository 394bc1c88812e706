import 'server-only';
import { getChecklist, getGlossary, getGuides } from '../content';

/** One thing site search can find: an article section, a checklist question, or a glossary term. */
export type SearchDocument = {
  id: string;
  /** What kind of thing it is, shown with the result. */
  kind: 'Guide' | 'Checklist' | 'Glossary';
  /** The article or tool it belongs to. */
  title: string;
  /** The section heading or question; empty for an article's opening. */
  heading: string;
  text: string;
  /** Where the result links: straight to the section or question. */
  href: string;
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
      title: `Checklist: ${section.title}`,
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
    text: t.definition,
    href: t.href,
  }));
  return [...guides, ...checklist, ...glossary];
}
