import { z } from 'zod';
import { partialDate, slug, text } from './fields';

/** How strong a source is, from a law to a news story; the sources list names it for the reader. */
export const sourceKinds = ['law', 'guidance', 'government-data', 'enforcement', 'standard', 'research', 'survey', 'news'] as const;

/** One entry of `content/sources.yaml`: a law, rule, dataset, study, survey or article the guide cites. */
export const sourceSchema = z.strictObject({
  /** Stable id that articles cite as `{cite:id}`. */
  id: slug,
  /** The publisher's own title, or a plain description where the source has none we know. */
  title: text(3, 200),
  /** Who published it. */
  publisher: text(2, 200),
  /** Named author, where there is one. */
  author: text(2, 200).optional(),
  /** When it was published: a year, a month or a day, as far as we know it. */
  date: partialDate.optional(),
  /** Where to read it: https only. Every source needs either `url` or `noUrl`. */
  url: z
    .string()
    // The URL parser would repair 'https:/x.org' and 'https:x.org'; say what is wrong instead.
    .regex(/^https:\/\/[^\s/]/, 'expected a full https:// address')
    .pipe(z.url({ protocol: /^https$/, hostname: /^([a-z0-9-]+\.)+[a-z]{2,}$/i, error: 'expected a full https:// address' }))
    .optional(),
  /** Why there is no address to link to (for example a printed leaflet), shown to the reader. */
  noUrl: text(3, 200).optional(),
  /** Who published the copy that `url` points at, when it is a faithful reproduction and not the publisher's own page. */
  reportedBy: text(2, 200).optional(),
  /** What kind of source it is: law or rule, official guidance, government data, enforcement case, standards body, research, survey or news. */
  kind: z.enum(sourceKinds),
  /** For surveys and reports: who was asked, how many, where. */
  surveyed: text(3, 300).optional(),
  /** The id of the source through which we know this one, when we have not read it first-hand. */
  reportedIn: slug.optional(),
  /** Anything a reader should know to weigh the source (a stake in the result, missing details). */
  note: text(3, 600).optional(),
});

export const sourcesFileSchema = z.array(sourceSchema, { error: 'expected a list of sources' });

export type Source = z.infer<typeof sourceSchema>;
