/**
 * Most pages here are text and links: nothing on them needs React in the browser. Next still
 * writes its whole runtime into every page (about 140 kB of script, gzip), plus a second copy of
 * the page as data for React to hydrate from. On a cheap phone that costs a long burst of work
 * just after the text appears, and on the server it doubles each page's size.
 *
 * So after `next build`, a page keeps Next's scripts only if it holds a client island: a React
 * component that needs the browser (the checklist, the comparison, search results). Each island
 * marks its outer element with ISLAND_MARKER, so a new island keeps its page's scripts without
 * anyone editing a list. Every other page loses them and is served as plain HTML and CSS.
 */
export const ISLAND_MARKER = { 'data-island': '' } as const;

/** True when an element in the page carries the island marker. */
export function hasIslands(html: string): boolean {
  return /<[a-z][^<>]*\sdata-island=""/.test(html);
}

/** Next's scripts in a prerendered page: what `withoutRuntime` takes out. */
const NEXT_SCRIPTS = [
  // The runtime's script files, and preloads of them.
  /<script src="\/_next\/static\/[^"]+"(?: async="")?(?: noModule="")?><\/script>/g,
  /<link rel="preload" as="script"(?: fetchPriority="[a-z]+")? href="\/_next\/static\/[^"]+"\/>/g,
  // The bootstrap that names the runtime's chunks.
  /<script id="_R_">[\s\S]*?<\/script>/g,
  // The page again, as React's hydration data. Next escapes "</" inside it, so the first
  // closing tag ends the script.
  /<script>\(?self\.__next_f[\s\S]*?<\/script>/g,
];

/** The page without Next's runtime: plain HTML and CSS, with any other script left in place. */
export function withoutRuntime(html: string): string {
  return NEXT_SCRIPTS.reduce((page, pattern) => page.replace(pattern, ''), html);
}

/**
 * Where the build lists Next's runtime files (relative to the project), for the size budgets
 * and the benchmark: script a page loads beyond these is the page's own.
 */
export const RUNTIME_SCRIPTS_FILE = '.next/runtime-scripts.json';
