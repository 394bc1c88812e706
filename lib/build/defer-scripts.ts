/**
 * Content first, script second. An island page's scripts are requested by one small inline
 * script once the page has been parsed and a frame painted: a `<script>` tag in the HTML would
 * be fetched at once, competing with the stylesheet on a slow link, and on a slow phone it could
 * run before any text appeared. Every page here is readable without script, and controls that
 * need it stay disabled until it has run (components/island/hydration.tsx).
 */

const MARKER = 'data-deferred-scripts';

/** Set on `<html>` when a file fails to load, so the page can say so (components/island/Island.tsx). */
export const SCRIPTS_FAILED_ATTRIBUTE = 'data-scripts-failed';

/**
 * Runs after DOMContentLoaded, then waits one frame and one task: a requestAnimationFrame
 * callback runs just before a frame is painted, so the timeout it sets runs just after.
 * Rendering waits for the stylesheet, so that frame is the styled page. The files are ES
 * modules: each runs once, after the files it imports.
 */
function loader(sources: string[]): string {
  return (
    `<script ${MARKER}="">(function(d,s){function l(){requestAnimationFrame(function(){setTimeout(function(){` +
    `s.forEach(function(u){var e=d.createElement("script");e.type="module";e.src=u;` +
    `e.onerror=function(){d.documentElement.setAttribute("${SCRIPTS_FAILED_ATTRIBUTE}","")};d.head.appendChild(e)})},0)})}` +
    `d.readyState==="loading"?d.addEventListener("DOMContentLoaded",l):l()})(document,${JSON.stringify(sources)})</script>`
  );
}

/** The page with these script files requested after first paint; safe to run twice. */
export function withScriptsAfterPaint(html: string, sources: string[]): string {
  if (html.includes(MARKER) || sources.length === 0) return html;
  return html.replace('</head>', `${loader(sources)}</head>`);
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
