/**
 * Marks where a prerendered page sits in the header's navigation. The header is in the root
 * layout, which a static build renders without knowing the page's address, so the build's last
 * step (scripts/finish-pages.ts) marks it in each page's HTML: the link to the page itself gets
 * aria-current="page", the link to the section a page is in (/guides for /guides/red-flags)
 * aria-current="true". Screen readers say "current page" or "current"; CSS shows both.
 * SiteHeader renders each navigation link with `data-nav="<href>"` for this step to find.
 */

/** The address a prerendered file is served at: `guides/red-flags.html` → `/guides/red-flags`, `index.html` → `/`. */
export function pagePathOf(relativeFile: string): string {
  const route = relativeFile.split(/[\\/]/).join('/').replace(/\.html$/, '');
  return route === 'index' ? '/' : `/${route}`;
}

const NAV_LINK = /data-nav="([^"]*)"/g;

/** The page's HTML with its navigation link, or its section's, marked as current. */
export function withCurrentNav(html: string, pagePath: string): string {
  return html.replace(NAV_LINK, (attribute, href: string) => {
    if (href === pagePath) return `aria-current="page" ${attribute}`;
    if (href !== '/' && pagePath.startsWith(`${href}/`)) return `aria-current="true" ${attribute}`;
    return attribute;
  });
}
