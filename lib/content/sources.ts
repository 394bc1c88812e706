import { z } from 'zod';
import { partialDate, slug, text } from './fields';

/** One entry of `content/sources.yaml`: a report, survey or article the guide cites. */
export const sourceSchema = z.strictObject({
  /** Stable id that articles cite as `{cite:id}`. */
  id: slug,
  /** The source's own title, or a plain description where the source has none we know. */
  title: text(3, 200),
  /** Who published it. */
  publisher: text(2, 200),
  /** Named author, where there is one. */
  author: text(2, 200).optional(),
  /** When it was published: a year, a month or a day, as far as we know it. */
  date: partialDate.optional(),
  /** Where to read it; https only, and only where we know the real address. */
  url: z.url({ protocol: /^https$/, error: 'expected a full https:// address' }).optional(),
  /** What kind of source it is. */
  kind: z.enum(['news-article', 'survey', 'report', 'interview']),
  /** For surveys and reports: who was asked, how many, where. */
  surveyed: text(3, 300).optional(),
  /** The id of the source through which we know this one, when we have not read it first-hand. */
  reportedIn: slug.optional(),
  /** Anything a reader should know to weigh the source (a stake in the result, missing details). */
  note: text(3, 600).optional(),
});

export const sourcesFileSchema = z.array(sourceSchema, { error: 'expected a list of sources' });

export type Source = z.infer<typeof sourceSchema>;
