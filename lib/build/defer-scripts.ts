/**
 * Content first, script second. Next writes its runtime into each prerendered page as
 * `<script async>` tags (and a low-priority preload). An async script runs the moment it
 * arrives, so when it arrives early (from the cache, or on a fast link) a slow phone spends its
 * first half-second running React before it paints any text. Every page here is readable
 * without script, so after `next build` we take those tags out and add one small inline script
 * that requests the same files once the page has been parsed and painted.
 *
 * Nothing else changes: the same files load, async, in the same order; the inline payload
 * scripts (`self.__next_f.push`) stay where Next put them, and the runtime reads them whenever
 * it starts. `noModule` fallbacks are left alone (modern browsers never fetch them).
 */

const ASYNC_SCRIPT = /<script src="([^"]+)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"(?: fetchPriority="[a-z]+")? href="([^"]+)"\/>/g;
const MARKER = 'data-deferred-scripts';

/**
 * Runs after DOMContentLoaded, then waits one frame and one task: a requestAnimationFrame
 * callback runs just before a frame is painted, so the timeout it sets runs just after.
 * Rendering waits for the stylesheet, so that frame is the styled page.
 */
function loader(sources: string[]): string {
  return (
    `<script ${MARKER}="">(function(d,s){function l(){requestAnimationFrame(function(){setTimeout(function(){` +
    `s.forEach(function(u){var e=d.createElement("script");e.src=u;e.async=true;d.head.appendChild(e)})},0)})}` +
    `d.readyState==="loading"?d.addEventListener("DOMContentLoaded",l):l()})(document,${JSON.stringify(sources)})</script>`
  );
}

/** The script files a page loads: its async script tags in document order, then any preloaded file not among them. */
export function pageScriptSources(html: string): string[] {
  const preloads = [...html.matchAll(SCRIPT_PRELOAD)].map((m) => m[1] as string);
  const scripts = [...html.matchAll(ASYNC_SCRIPT)].map((m) => m[1] as string);
  return [...new Set([...scripts, ...preloads])];
}

/** The page with its runtime scripts requested after first paint; safe to run twice. */
export function deferScripts(html: string): string {
  if (html.includes(MARKER)) return html;
  const sources = pageScriptSources(html);
  if (sources.length === 0) return html;
  const stripped = html.replace(ASYNC_SCRIPT, '').replace(SCRIPT_PRELOAD, '');
  return stripped.replace('</head>', `${loader(sources)}</head>`);
}

/** Script files named by the loader in a finished page (for tests and the benchmark). */
export function deferredScriptSources(html: string): string[] {
  const m = new RegExp(`<script ${MARKER}="">[^<]*,(\\[[^\\]]*\\])\\)</script>`).exec(html);
  return m ? (JSON.parse(m[1] as string) as string[]) : [];
}

/**
 * Every script file a finished page loads: the ones its loader requests, then any `<script src>`
 * still in the page, except `noModule` fallbacks, which modern browsers never fetch.
 */
export function finishedPageScripts(html: string): string[] {
  const left = [...html.matchAll(/<script src="([^"]+\.js)"(?! noModule)/g)].map((m) => m[1] as string);
  return [...new Set([...deferredScriptSources(html), ...left])];
}
