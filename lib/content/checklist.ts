import { z } from 'zod';
import { LINK_ID_MAX, LINK_QUESTIONS } from '../checklist/share-link';
import { toolPaths } from '../site';
import { slug, text } from './fields';

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

export type ChecklistItemData = z.infer<typeof checklistItemSchema>;

/** A question as pages use it: the raw item plus the title of the article and section it links to. */
export type ChecklistItem = ChecklistItemData & { guideTitle: string; guideSection: string };
export type ChecklistSection = Omit<z.infer<typeof checklistSectionSchema>, 'items'> & { items: ChecklistItem[] };
export type Checklist = { sections: ChecklistSection[] };
