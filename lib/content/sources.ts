import { z } from 'zod';
import { checkUniqueIds, namedIds, readYamlData, type Problems, type YamlData } from './collect';
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
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

/** Reads `content/sources.yaml` against its schema (cross-checks come later, in `checkSources`). */
export const readSources = (contentDir: string, problems: Problems) => readYamlData(contentDir, 'sources.yaml', sourcesFileSchema, problems);

/**
 * Checks sources.yaml: unique ids, a url or a reason there is none, who a survey asked, and
 * `reportedIn` naming another source. Unlike the other files, it returns what it could read even
 * when a check fails, as every other file cites it: the valid sources, and every id the file
 * names, so one bad entry does not make every citation fail. `ids` is undefined when the file
 * could not be read at all: citations are then unchecked.
 */
export function checkSources(data: YamlData<SourcesFile>, problems: Problems): { sources: Source[]; ids?: Set<string> } {
  if (!data.data) {
    const ids = namedIds(data);
    return { sources: [], ...(ids?.length ? { ids: new Set(ids) } : {}) };
  }
  const sources = data.data;
  const at = (i: number, field?: string) => data.yaml?.lineOf(field ? [i, field] : [i]);
  const ids = checkUniqueIds(sources, 'source', data, problems);
  sources.forEach((s, i) => {
    if (!s.url && !s.noUrl) problems.add(data.file, data.label([i, 'url']), 'a source needs a url (https://…) that readers can follow, or noUrl saying why there is none', at(i));
    if (s.url && s.noUrl) problems.add(data.file, data.label([i, 'noUrl']), 'a source with a url needs no noUrl', at(i, 'noUrl'));
    if (s.kind === 'survey' && !s.surveyed) problems.add(data.file, data.label([i, 'surveyed']), 'a survey must say who was asked', at(i));
    if (s.reportedIn && (s.reportedIn === s.id || !ids.has(s.reportedIn))) {
      problems.add(data.file, data.label([i, 'reportedIn']), `"${s.reportedIn}" is not another source in this file`, at(i, 'reportedIn'));
    }
  });
  return { sources, ids };
}
