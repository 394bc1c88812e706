import { z } from 'zod';
import { isoDate, slug, text } from './fields';
import { showValue } from './problems';

/** The steps of the journey, in order: know your goal, research, red flags, before you sign. */
export const STEPS = [1, 2, 3, 4] as const;
export type Step = (typeof STEPS)[number];

/** The YAML frontmatter at the top of every `content/guides/*.md` article. */
export const guideFrontmatterSchema = z.strictObject({
  /** The article's heading and page title. Plain words; a question or an action reads best. */
  title: text(5, 90),
  /** One sentence for the guide list, search results and link previews. */
  description: text(50, 160),
  /** Two to five key points, shown at the top as "The short version". */
  summary: z.array(text(10, 240)).min(2, { error: 'give at least 2 key points' }).max(5, { error: 'give at most 5 key points' }),
  /** First published, `YYYY-MM-DD`. */
  published: isoDate,
  /** Last changed in substance, `YYYY-MM-DD`; not before `published`. */
  updated: isoDate,
  /** Last checked against its sources by an editor, `YYYY-MM-DD`; not before `published`. */
  reviewed: isoDate,
  /** Position in the guide, 1 first. Unique across articles. */
  order: z.int({ error: (iss) => `expected a whole number like 3, got ${showValue(iss.input)}` }).positive({ error: 'must be 1 or more' }),
  /** For the step articles only: which step of "goal, research, red flags, before you sign" this is. */
  step: z.literal(STEPS).optional(),
  /** Topics, lowercase and hyphenated. */
  tags: z.array(slug).min(1, { error: 'give at least 1 tag' }).max(6, { error: 'give at most 6 tags' }),
  /** Ids from `content/sources.yaml` that the body cites with `{cite:id}`. */
  sources: z.array(slug).default([]),
});

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;
