/** Site-wide settings: name, public address, navigation. Pure data, safe for any module. */
export const site = {
  name: 'Microcredential Guide',
  tagline: 'A plain guide to short-term credentials: is one worth it for you, and how to pick a good one.',
  /** The public origin for canonical links and previews; set SITE_URL when deploying. */
  origin: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  locale: 'en-US',
} as const;

/**
 * The address readers can write to, from the deployment's CONTACT_EMAIL, read when pages are
 * built. Undefined when none is set: pages then say how to report a problem on the site
 * instead, and never show an address nobody reads. A value that is not an e-mail address
 * stops the build rather than publish a broken link.
 */
export function contactEmail(value: string | undefined = process.env.CONTACT_EMAIL): string | undefined {
  const address = value?.trim();
  if (!address) return undefined;
  if (!/^[^\s@<>()",;:]+@([a-z0-9-]+\.)+[a-z]{2,}$/i.test(address)) {
    throw new Error(`CONTACT_EMAIL must be one e-mail address like help@example.org, got ${JSON.stringify(address)}`);
  }
  return address;
}

/** The full public address of a site path, for canonicals, feeds and previews. */
export const absoluteUrl = (path: string) => `${site.origin}${path.startsWith('/') ? path : `/${path}`}`;

export const navigation = [
  { href: '/guides', label: 'The guide' },
  { href: '/checklist', label: 'Checklist' },
  { href: '/credentials', label: 'Kinds of credential' },
  { href: '/research', label: 'What employers say' },
  { href: '/glossary', label: 'Glossary' },
] as const;

/** Pages the footer links to as well as the main navigation: who stands behind the site. */
export const footerLinks = [
  { href: '/about', label: 'About this guide' },
  { href: '/privacy', label: 'Privacy' },
  { href: '/sources', label: 'Sources' },
] as const;

/** Every page that is not an article, for link checks and the sitemap. */
export const staticRoutes = ['/', '/guides', '/checklist', '/checklist/compare', '/search', '/credentials', '/research', '/glossary', '/tools/program-claims', '/tools/job-ads', '/sources', '/about', '/privacy'] as const;

/** A page of the site that is one of its tools, such as `/tools/job-ads`. */
export type ToolPath = Extract<(typeof staticRoutes)[number], `/tools/${string}`>;

/**
 * The short link a checklist question shows when one of the tools helps answer it, one for
 * every tool route above (the type makes sure none is left out).
 */
export const toolLinkText: Readonly<Record<ToolPath, string>> = {
  '/tools/program-claims': 'Check the program’s ad for this',
  '/tools/job-ads': 'Count what job ads ask for',
};

/** Every tool's path, for checking content that links to one. */
export const toolPaths = Object.keys(toolLinkText) as [ToolPath, ...ToolPath[]];

/** Pages with no content of their own: compare shows the reader's saved data, search their query. */
export const privateRoutes: readonly string[] = ['/checklist/compare', '/search'];

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
