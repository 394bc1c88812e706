/**
 * Most pages here are text and links: nothing on them needs React in the browser. Next still
 * writes its whole runtime into every page (about 140 kB of script, gzip), plus a second copy of
 * the page as data for React to hydrate from. On a cheap phone that costs a long burst of work
 * just after the text appears, and on the server it doubles each page's size.
 *
 * So after `next build`, every page loses every script the site did not write (lib/finish/
 * finish.ts). A page with a client island (the checklist, the comparison, search results;
 * components/island/Island.tsx) gets instead that island's own bundle, which hydrates it with React alone (lib/finish/island-bundles.ts). Next's
 * runtime had cost the checklist one task of about 130 ms on a throttled phone before any of
 * its own code ran. Each island names itself in ISLAND_ATTRIBUTE, so a new island gets its
 * bundle without anyone editing a list.
 */
export const ISLAND_ATTRIBUTE = 'data-island';
/** The `<script type="application/json">` beside an island that holds its props. */
export const ISLAND_PROPS_ATTRIBUTE = 'data-island-props';

/** An element's island name, as <Island> writes it (not its props' script, nor escaped text). */
const ISLAND_TAG = new RegExp(`<[a-z][^<>]*\\s${ISLAND_ATTRIBUTE}="([a-z-]+)"`, 'g');

/** The islands in a page, by name, in page order, each once. */
export function islandNames(html: string): string[] {
  return [...new Set([...html.matchAll(ISLAND_TAG)].map((m) => m[1] as string))];
}

/**
 * Where the build lists the island bundles' shared files (React, relative to the project), for
 * the size budgets and the benchmark: script a page loads beyond these is the page's own.
 */
export const RUNTIME_SCRIPTS_FILE = '.next/runtime-scripts.json';
