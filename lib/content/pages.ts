import { z } from 'zod';
import { readYamlData, type Problems, type YamlData } from './collect';
import { isoDate } from './fields';

/** One page's entry in `content/pages.yaml`: when an editor last checked it against its sources. */
export const pageReviewSchema = z.strictObject({
  /** The page's address on the site, like `/checklist` or `/credentials/boot-camp`. Articles keep their date in their own frontmatter. */
  path: z.string().regex(/^\/([a-z0-9-]+(\/[a-z0-9-]+)*)?$/, { error: 'expected a site path like /checklist' }),
  /** Last checked against its sources by an editor, `YYYY-MM-DD`; not in the future. */
  reviewed: isoDate,
});

export const pagesFileSchema = z.array(pageReviewSchema, { error: 'expected a list of pages, each with path and reviewed' });

export type PageReview = z.infer<typeof pageReviewSchema>;

/** Reads `content/pages.yaml` against its schema (cross-checks come later, in `checkPages`). */
export const readPages = (contentDir: string, problems: Problems) => readYamlData(contentDir, 'pages.yaml', pagesFileSchema, problems);

/**
 * Checks pages.yaml against the site: every path a page that needs a date (no articles, no
 * unknown paths), listed once, no date in the future, and no such page left out. Returns the
 * dates by path, or nothing if anything was wrong.
 */
export function checkPages(data: YamlData<PageReview[]>, needDates: readonly string[], today: string, problems: Problems): Record<string, string> | undefined {
  if (!data.data) return undefined;
  const before = problems.list.length;
  const at = (i: number, field: string) => data.yaml?.lineOf([i, field]);
  const add = (i: number, field: string, message: string) => problems.add(data.file, data.label([i, field]), message, at(i, field));
  const dates = new Map<string, string>();
  data.data.forEach((p, i) => {
    if (p.path.startsWith('/guides/')) add(i, 'path', `${p.path} is an article; its date goes in its own frontmatter (reviewed)`);
    else if (!needDates.includes(p.path)) add(i, 'path', `${p.path} is not a page on this site that shows a review date`);
    if (dates.has(p.path)) add(i, 'path', `${p.path} is listed twice`);
    if (p.reviewed > today) add(i, 'reviewed', `${p.reviewed} is in the future`);
    dates.set(p.path, p.reviewed);
  });
  for (const path of needDates) {
    if (!dates.has(path)) problems.add(data.file, 'file', `has no reviewed date for ${path}; every page shows when it was last reviewed`);
  }
  // A plain object, not the Map: the content model is saved as JSON between build steps.
  return problems.list.length > before ? undefined : Object.fromEntries(dates);
}
