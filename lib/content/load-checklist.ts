import type { TocEntry } from '../markdown/toc';
import { checklistFileSchema, type Checklist } from './checklist';
import { checkUniqueIds, readYamlData, type Problems } from './collect';

/** What the checklist needs to know about each article to check and label its guide links; no `toc` for an article that could not be read. */
export type GuideIndex = Map<string, { title?: string; toc?: TocEntry[] }>;

/**
 * Reads `content/checklist.yaml`: ids unique across sections, and every item's guide link
 * resolving to a heading in an existing article (so the link text can be that heading).
 */
export function loadChecklist(contentDir: string, problems: Problems, guides: GuideIndex): Checklist | undefined {
  const data = readYamlData(contentDir, 'checklist.yaml', checklistFileSchema, problems);
  if (!data.data) return undefined;
  const { sections } = data.data;
  const at = (path: PropertyKey[]) => data.yaml?.lineOf(path);
  const where = (path: PropertyKey[]) => data.label(path);
  checkUniqueIds(sections, 'section', data, problems);

  const seen = new Map<string, string>();
  let ok = true;
  const resolved = sections.map((section, s) => ({
    ...section,
    items: section.items.map((item, i) => {
      const path = ['sections', s, 'items', i];
      const other = seen.get(item.id);
      if (other) problems.add(data.file, `sections[${s}].items[${i}].id`, `duplicate id "${item.id}" (also in section "${other}")`, at([...path, 'id']));
      seen.set(item.id, section.id);
      const [pathPart = '', fragment = ''] = item.guide.split('#');
      const slug = pathPart.replace('/guides/', '');
      const guide = guides.get(slug);
      const heading = guide?.toc?.find((t) => t.id === fragment);
      if (!guide) problems.add(data.file, where([...path, 'guide']), `${item.guide} points at /guides/${slug}, which is not an article`, at([...path, 'guide']));
      else if (guide.toc && !heading) problems.add(data.file, where([...path, 'guide']), `${item.guide}: the article has no ## or ### heading with id "${fragment}"`, at([...path, 'guide']));
      if (!guide?.title || !heading) ok = false;
      return { ...item, guideTitle: guide?.title ?? '', guideSection: heading?.text ?? '' };
    }),
  }));
  return ok ? { sections: resolved } : undefined;
}
