import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { foreignTags, withoutForeignScripts } from './allow-list';
import type { IslandBundles } from './island-bundles';
import { islandNames } from './islands';
import { LOADER_SCRIPT, withScriptsAfterPaint } from './loader';

/**
 * The last step of `npm run build`, for one prerendered page: every script the site did not
 * mark as its own goes (Next's runtime, its preloads and its copy of the page as data); a page
 * with an island gets that island's files, requested after first paint; then the page is read
 * again against the allow-list, and any script, preload or payload left that it does not name
 * is a problem, reported with the page and the tag.
 */
export type FinishInputs = {
  bundles: IslandBundles;
};

export type FinishedPage = { html: string; islands: string[]; problems: string[] };

export function finishPage(html: string, inputs: FinishInputs): FinishedPage {
  const islands = islandNames(html);
  const problems = islands.filter((n) => !inputs.bundles.scripts[n]).map((n) => `island "${n}" has no bundle: add components/island/entries/${n}.tsx`);
  const scripts = [...new Set(islands.flatMap((n) => inputs.bundles.scripts[n] ?? []))];
  const finished = withScriptsAfterPaint(withoutForeignScripts(html), scripts);
  problems.push(...foreignTags(finished, { loader: LOADER_SCRIPT }));
  return { html: finished, islands, problems };
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (name.endsWith('.html')) yield full;
  }
}

export type FinishSummary = { finished: number; withIslands: number; problems: string[] };

/**
 * Finishes every prerendered page under `root` (found by walking it, so a new page needs no
 * list). A page with problems is left as it was and named in `problems`; the others are
 * rewritten and counted.
 */
export function finishPages(root: string, inputs: FinishInputs): FinishSummary {
  const summary: FinishSummary = { finished: 0, withIslands: 0, problems: [] };
  for (const file of htmlFiles(root)) {
    const relative = path.relative(root, file);
    const page = finishPage(readFileSync(file, 'utf8'), inputs);
    if (page.problems.length) {
      summary.problems.push(...page.problems.map((p) => `${relative}: ${p}`));
      continue;
    }
    writeFileSync(file, page.html);
    summary.finished++;
    if (page.islands.length) summary.withIslands++;
  }
  return summary;
}
