import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';

/**
 * The islands' browser bundles, built after `next build` by scripts/finish-pages.ts: one entry
 * per file in components/island/entries, with React and any other code two islands share split
 * into shared files. Plain React, no Next.js runtime: that runtime had cost the checklist one
 * task of about 130 ms on a throttled phone before any of its own code ran. The files go under
 * .next/static, which `next start` serves with a year's caching; their names carry a hash of
 * their content.
 */
const ENTRIES_DIR = 'components/island/entries';
const OUT_DIR = '.next/static/islands';
const PUBLIC_PATH = '/_next/static/islands';

export type IslandBundles = {
  /** For each island, the files its page loads: what it imports, then its own entry. */
  scripts: Record<string, string[]>;
  /** The files every React island loads (React): the "runtime" the size budgets leave out. */
  shared: string[];
};

/** The names of the islands that have an entry file. */
export function islandEntryNames(root = process.cwd()): string[] {
  return readdirSync(path.join(root, ENTRIES_DIR))
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => path.basename(f, '.tsx'));
}

/** An output's static imports, followed through, as output paths. */
function staticClosure(metafile: Metafile, output: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const i of metafile.outputs[file]?.imports ?? []) {
      if (i.kind !== 'import-statement' || seen.has(i.path)) continue;
      seen.add(i.path);
      visit(i.path);
    }
  };
  visit(output);
  return [...seen];
}

/** Builds every island's bundle afresh (the old files are removed) and says which page loads what. */
export async function buildIslandBundles(root = process.cwd()): Promise<IslandBundles> {
  rmSync(path.join(root, OUT_DIR), { recursive: true, force: true });
  const names = islandEntryNames(root);
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(names.map((n) => [n, path.join(ENTRIES_DIR, `${n}.tsx`)])),
    outdir: OUT_DIR,
    entryNames: '[name]-[hash]',
    chunkNames: 'shared-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    alias: { '@': root },
    // As in Next's own client bundles: production React, and no other environment variable
    // (server settings such as SITE_URL read as unset in the browser).
    define: { 'process.env.NODE_ENV': '"production"', 'process.env': '{}' },
    metafile: true,
    logLevel: 'error',
  });
  const url = (output: string) => `${PUBLIC_PATH}/${path.relative(OUT_DIR, output).split(path.sep).join('/')}`;
  const scripts: Record<string, string[]> = {};
  let shared: Set<string> | undefined;
  for (const [output, info] of Object.entries(metafile.outputs)) {
    const name = names.find((n) => info.entryPoint === path.join(ENTRIES_DIR, `${n}.tsx`));
    if (!name) continue;
    const imports = staticClosure(metafile, output);
    scripts[name] = [...imports, output].map(url);
    // An island without React (the feedback block's plain script) loads no runtime, and says
    // nothing about what the others share.
    const usesReact = [output, ...imports].some((o) => Object.keys(metafile.outputs[o]?.inputs ?? {}).some((i) => i.includes('node_modules/react-dom/')));
    if (!usesReact) continue;
    shared = new Set(shared ? imports.filter((i) => shared?.has(i)) : imports);
  }
  return { scripts, shared: [...(shared ?? [])].map(url) };
}
