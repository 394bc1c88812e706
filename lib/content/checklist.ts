import { z } from 'zod';
import { LINK_ID_MAX, LINK_QUESTIONS } from '../checklist/share-link';
import { toolPaths } from '../site';
import { checkUniqueIds, readYamlData, type Problems, type YamlData } from './collect';
import { slug, text } from './fields';
import type { GuideOutline } from './guides';

/** One question of the pre-enrollment checklist in `content/checklist.yaml`. */
export const checklistItemSchema = z.strictObject({
  /** Stable id: saved answers and shared links refer to it, so never reuse or rename one. */
  id: slug.max(LINK_ID_MAX, { error: `give an id of at most ${LINK_ID_MAX} characters: share links are sized for that (LINK_ID_MAX in lib/checklist/share-link.ts)` }),
  /** The question, asked of the reader about the program they are considering. */
  question: text(10, 160),
  /** Why it matters, in one or two plain sentences. */
  why: text(20, 320),
  /** What a reassuring answer looks like. */
  reassuring: text(10, 240),
  /** What a worrying answer looks like. */
  worrying: text(10, 240),
  /** Which answer is the worrying one: questions are phrased both ways. */
  worryingAnswer: z.enum(['yes', 'no']),
  /** How serious a worrying answer is: a red flag, or something worth checking. */
  severity: z.enum(['red-flag', 'check']),
  /** The item's own wording for the answers, where Yes / No / Not sure reads badly. */
  labels: z.strictObject({ yes: text(1, 40).optional(), no: text(1, 40).optional(), unsure: text(1, 40).optional() }).optional(),
  /** The guide section that explains it: `/guides/<slug>#<heading-id>`, checked at build time. */
  guide: z.string().regex(/^\/guides\/[a-z0-9-]+#[a-z0-9-]+$/, { error: 'expected a guide section link like /guides/red-flags#some-heading' }),
  /** One of the site's tools that helps answer it (lib/site.ts), linked under the question on screen. */
  tool: z.enum(toolPaths).optional(),
});

/** A group of questions, e.g. "Your career goal". */
export const checklistSectionSchema = z.strictObject({
  /** Stable id, used as the section's anchor. */
  id: slug,
  /** Short heading. */
  title: text(3, 80),
  /** One sentence on what this group of questions is for. */
  intro: text(10, 300),
  items: z.array(checklistItemSchema).min(1, { error: 'give at least 1 question' }),
});

export const checklistFileSchema = z.strictObject({
  sections: z
    .array(checklistSectionSchema)
    .min(1, { error: 'give at least 1 section' })
    // A share link must hold every question answered and noted (lib/checklist/share-link.ts).
    .refine((sections) => sections.reduce((n, s) => n + s.items.length, 0) <= LINK_QUESTIONS, {
      error: `give at most ${LINK_QUESTIONS} questions in all: share links are sized for that (LINK_QUESTIONS in lib/checklist/share-link.ts)`,
    }),
});

export type ChecklistFile = z.infer<typeof checklistFileSchema>;
export type ChecklistItemData = z.infer<typeof checklistItemSchema>;

/** A question as pages use it: the raw item plus the title of the article and section it links to. */
export type ChecklistItem = ChecklistItemData & { guideTitle: string; guideSection: string };
export type ChecklistSection = Omit<z.infer<typeof checklistSectionSchema>, 'items'> & { items: ChecklistItem[] };
export type Checklist = { sections: ChecklistSection[] };

/** Reads `content/checklist.yaml` against its schema (cross-checks come later, in `checkChecklist`). */
export const readChecklist = (contentDir: string, problems: Problems) => readYamlData(contentDir, 'checklist.yaml', checklistFileSchema, problems);

/**
 * Checks checklist.yaml: ids unique across sections, and every item's guide link resolving to a
 * heading in an existing article (so the link text can be that heading). Returns the checklist
 * with each item's article and section titles, or nothing if anything was wrong.
 */
export function checkChecklist(data: YamlData<ChecklistFile>, guides: ReadonlyMap<string, GuideOutline>, problems: Problems): Checklist | undefined {
  if (!data.data) return undefined;
  const { sections } = data.data;
  const before = problems.list.length;
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
  return ok && problems.list.length === before ? { sections: resolved } : undefined;
}
