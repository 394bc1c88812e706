import { attributesOf, SITE_SCRIPT_ATTRIBUTE } from './allow-list';

/**
 * Content first, script second. A page's script files are requested by one small inline
 * script once the page has been parsed and painted: a `<script>` tag in the HTML would
 * be fetched at once, competing with the stylesheet on a slow link, and on a slow phone it could
 * run before any text appeared. Every page here is readable without script; controls that need
 * it stay disabled until it has run (components/share/ShareBar.tsx), and the checklist's form
 * works without it (components/checklist/ChecklistForm.tsx).
 *
 * The loader's text is the same on every page: it reads the files to load from its own
 * `data-scripts` attribute. So its hash is one constant, and one Content-Security-Policy header
 * serves every page (lib/security/csp.ts).
 */

/** The loader's attribute: the files to load, in order, separated by spaces. */
export const LOADER_ATTRIBUTE = 'data-scripts';

/** Set on `<html>` when a file fails to load, so the page can say so (components/island/Island.tsx). */
export const SCRIPTS_FAILED_ATTRIBUTE = 'data-scripts-failed';

/** How long the loader waits for the page's first paint to be reported before it loads anyway. */
export const PAINT_WAIT_MS = 3000;

/**
 * Runs after DOMContentLoaded and requests the files once the browser reports the page's first
 * contentful paint (a `paint` entry): the text is then on screen. Rendering waits for the
 * stylesheet, so that paint is the styled page. Waiting for a frame instead was not enough:
 * the screen shows a frame some time after the main thread has drawn it, and files requested
 * in that gap raced the first paint (Lighthouse counted them in the page's LCP). A browser
 * without paint entries waits two frames (`a`: a requestAnimationFrame callback runs just before
 * a frame is drawn, so the timeout it sets runs just after); any browser loads the files after
 * PAINT_WAIT_MS if no paint was reported by then. `g` runs once. The files are ES modules: each
 * runs once, after the files it imports. `document.currentScript` is the loader's own element
 * while it runs.
 */
export const LOADER_SCRIPT =
  `(function(d,c){var s=c.getAttribute("${LOADER_ATTRIBUTE}").split(" "),n=0;function a(f){requestAnimationFrame(function(){setTimeout(f,0)})}` +
  `function g(){if(n++)return;s.forEach(function(u){var e=d.createElement("script");e.type="module";e.src=u;` +
  `e.onerror=function(){d.documentElement.setAttribute("${SCRIPTS_FAILED_ATTRIBUTE}","")};d.head.appendChild(e)})}` +
  `function l(){var P=typeof PerformanceObserver=="function"&&PerformanceObserver;setTimeout(g,${PAINT_WAIT_MS});` +
  `if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0){var o=new P(function(q){if(q.getEntriesByName("first-contentful-paint").length){o.disconnect();g()}});o.observe({type:"paint",buffered:true})}` +
  `else a(function(){a(g)})}` +
  `d.readyState==="loading"?d.addEventListener("DOMContentLoaded",l):l()})(document,document.currentScript)`;

const LOADER_TAG = new RegExp(`<script ${SITE_SCRIPT_ATTRIBUTE}="" ${LOADER_ATTRIBUTE}="[^"]*">`);

/** The page with these script files requested after first paint; safe to run twice. */
export function withScriptsAfterPaint(html: string, sources: string[]): string {
  if (LOADER_TAG.test(html) || sources.length === 0) return html;
  if (sources.some((s) => /[\s"<>&]/.test(s))) throw new Error(`A script address cannot hold spaces or markup: ${sources.join(', ')}`);
  return html.replace('</head>', `<script ${SITE_SCRIPT_ATTRIBUTE}="" ${LOADER_ATTRIBUTE}="${sources.join(' ')}">${LOADER_SCRIPT}</script></head>`);
}

/** Script files named by the loader in a finished page (for tests and the benchmark). */
export function deferredScriptSources(html: string): string[] {
  const tag = LOADER_TAG.exec(html)?.[0];
  return tag ? (attributesOf(tag).get(LOADER_ATTRIBUTE) ?? '').split(' ').filter(Boolean) : [];
}

/**
 * Every script file a finished page loads: the ones its loader requests, then any `<script src>`
 * still in the page, except `noModule` fallbacks, which modern browsers never fetch.
 */
export function finishedPageScripts(html: string): string[] {
  const left = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attributesOf(m[0])).filter((a) => a.has('src') && !a.has('nomodule'));
  return [...new Set([...deferredScriptSources(html), ...left.map((a) => a.get('src') as string)])];
}
