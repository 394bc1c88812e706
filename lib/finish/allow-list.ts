/**
 * What a finished page may hold, and nothing else. The finishing step (lib/finish/finish.ts)
 * does not look for Next's scripts to take out: it keeps the scripts the site marked as its own
 * and removes every other one, whatever it looks like. Then it reads the page again, with a
 * reader of its own, and fails the build if anything that could run, preload script or carry a
 * payload for script is left that the allow-list below does not name. A change to Next's output
 * turns the build red instead of shipping the runtime.
 */

/** Set by the site's own components on the `<script>` elements they write (data blocks). */
export const SITE_SCRIPT_ATTRIBUTE = 'data-site';

/** A tag's attributes, names lower-cased, as a browser reads them (no value reads as ""). */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = tag.replace(/^<\/?[a-z][^\s/>]*/i, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = (m[1] as string).toLowerCase();
    if (!attributes.has(name)) attributes.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

/**
 * Every `<script>` element, whatever its case or attributes: the script's text ends at the
 * first `</script`, as in a browser. React escapes `<` in text and attribute values, and the
 * site's data blocks escape it too (lib/seo/json-ld.ts, scriptJsonText), so in the pages React
 * writes `<script` starts a real element.
 */
const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const LINK_TAG = /<link\b[^>]*>/gi;

/** A `<link>` that makes the browser fetch script ahead of time. */
function preloadsScript(tag: string): boolean {
  const a = attributesOf(tag);
  const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('modulepreload') || ((rel.includes('preload') || rel.includes('prefetch')) && (a.get('as') ?? '').toLowerCase() === 'script');
}

/** The page without any script that is not marked as the site's own, and without script preloads. */
export function withoutForeignScripts(html: string): string {
  return html.replace(SCRIPT_ELEMENT, (element) => (attributesOf(element).has(SITE_SCRIPT_ATTRIBUTE) ? element : '')).replace(LINK_TAG, (tag) => (preloadsScript(tag) ? '' : tag));
}

/** Script types a browser does not run: the site's data blocks use these two. */
const DATA_TYPES = new Set(['application/json', 'application/ld+json']);

export type AllowList = {
  /** The exact text of the one inline script the site runs: the loader, which requests the page's files. */
  loader: string;
};

/**
 * Marks that React's streaming leaves in a page for a script to complete: content rendered
 * hidden, to be moved into place, and placeholders waiting for it. Without Next's scripts
 * they would stay hidden, so a page holding them is not finished.
 */
const STREAMING_PAYLOADS: [RegExp, string][] = [
  [/<template\b[^>]*\bid="[BP]:[^"]*"[^>]*>/gi, 'a streaming placeholder waiting for script'],
  [/<div\b[^>]*\bhidden[^>]*\bid="S:[^"]*"[^>]*>/gi, 'content hidden until a script moves it'],
];

/**
 * Everything in a finished page that the allow-list does not name, each as its tag and why:
 * empty when the page is plain HTML plus the site's own scripts. Checked independently of
 * `withoutForeignScripts`, so a mistake in one is caught by the other.
 */
export function foreignTags(html: string, allow: AllowList): string[] {
  const problems: string[] = [];
  const show = (tag: string) => (tag.length > 160 ? `${tag.slice(0, 157)}...` : tag);
  const lower = html.toLowerCase();
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const tag = m[0];
    const a = attributesOf(tag);
    const start = (m.index as number) + tag.length;
    const text = html.slice(start, lower.indexOf('</script', start));
    if (!a.has(SITE_SCRIPT_ATTRIBUTE)) problems.push(`${show(tag)}: a script the site did not mark as its own`);
    // The loader requests every file a page runs, after first paint; no tag names one.
    else if (a.has('src')) problems.push(`${show(tag)}: a script file named in the page, not by the loader`);
    else if (DATA_TYPES.has((a.get('type') ?? '').trim().toLowerCase())) continue;
    else if (text !== allow.loader) problems.push(`${show(tag)}: an inline script that is not the site's loader`);
  }
  for (const m of html.matchAll(LINK_TAG)) if (preloadsScript(m[0])) problems.push(`${show(m[0])}: a preload of script`);
  for (const [pattern, why] of STREAMING_PAYLOADS) for (const m of html.matchAll(pattern)) problems.push(`${show(m[0])}: ${why}`);
  // Inline event handlers run as script too; React never writes one.
  for (const m of html.matchAll(/<[a-z][^\s/>]*\s[^>]*>/gi)) {
    for (const name of attributesOf(m[0]).keys()) if (/^on[a-z]+$/.test(name)) problems.push(`${show(m[0])}: an inline event handler (${name})`);
  }
  return problems;
}
