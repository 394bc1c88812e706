/** Site-wide settings: name, public address, navigation. Pure data, safe for any module. */
export const site = {
  name: 'Microcredential Guide',
  tagline: 'A plain guide to short-term credentials: is one worth it for you, and how to pick a good one.',
  /** The public origin for canonical links and previews; set SITE_URL when deploying. */
  origin: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  locale: 'en-US',
} as const;

/** The full public address of a site path, for canonicals, feeds and previews. */
export const absoluteUrl = (path: string) => `${site.origin}${path.startsWith('/') ? path : `/${path}`}`;

export const navigation = [
  { href: '/guides', label: 'The guide' },
  { href: '/checklist', label: 'Checklist' },
  { href: '/credentials', label: 'Kinds of credential' },
  { href: '/research', label: 'What employers say' },
  { href: '/glossary', label: 'Glossary' },
] as const;

/** Every page that is not an article, for link checks and the sitemap. */
export const staticRoutes = ['/', '/guides', '/checklist', '/checklist/compare', '/search', '/credentials', '/research', '/glossary', '/tools/program-claims', '/tools/job-ads'] as const;

/**
 * Month names for the site's one date style. Not Intl.DateTimeFormat: this module also runs in
 * the checklist's browser code, and building a formatter there cost a slow phone about 70 ms
 * (loading locale data) in the middle of hydrating the checklist.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const monthName = (month: string) => MONTHS[Number(month) - 1] ?? month;

/** `2024-03-20` → `March 20, 2024`: the one date style the site uses. */
export function formatDate(isoDay: string): string {
  const [year = '', month = '', day = ''] = isoDay.split('-');
  return `${monthName(month)} ${Number(day)}, ${year}`;
}

/** A source's date as far as it is known: `2023`, `2023-05` → `May 2023`, or a full day. */
export function formatPartialDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${monthName(date.slice(5, 7))} ${date.slice(0, 4)}`;
  return formatDate(date);
}
