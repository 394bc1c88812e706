import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';

/**
 * The pages' browser bundles, built after `next build` by scripts/finish-pages.ts: one entry
 * per file in components/island/entries, with React and any other code two entries share split
 * into shared files. An entry is a React island (`<name>.tsx`, hydrated by ../hydrate.tsx and
 * named in the registry) or plain DOM code for markup a server component renders
 * (`<name>.ts`, such as the article's share bar); a page names either by `data-island`. Plain React, no Next.js runtime: that runtime had cost the checklist one
 * task of about 130 ms on a throttled phone before any of its own code ran. The files go under
 * .next/static, which `next start` serves with a year's caching; their names carry a hash of
 * their content.
 */
const ENTRIES_DIR = 'components/island/entries';
const OUT_DIR = '.next/static/islands';
const PUBLIC_PATH = '/_next/static/islands';

export type IslandBundles = {
  /** For each entry, the files its page loads: what it imports, then the entry itself. */
  scripts: Record<string, string[]>;
  /** The files every React island loads (React): the "runtime" the size budgets leave out. */
  shared: string[];
};

const entryFiles = (root: string) => readdirSync(path.join(root, ENTRIES_DIR)).filter((f) => /\.tsx?$/.test(f));

/** The names of the React islands that have an entry file. */
export function islandEntryNames(root = process.cwd()): string[] {
  return entryFiles(root)
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
  const files = entryFiles(root);
  const islands = new Set(islandEntryNames(root));
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(files.map((f) => [path.basename(f).replace(/\.tsx?$/, ''), path.join(ENTRIES_DIR, f)])),
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
  const plainImports: string[] = [];
  for (const [output, info] of Object.entries(metafile.outputs)) {
    const file = files.find((f) => info.entryPoint === path.join(ENTRIES_DIR, f));
    if (!file) continue;
    const name = path.basename(file).replace(/\.tsx?$/, '');
    const imports = staticClosure(metafile, output);
    scripts[name] = [...imports, output].map(url);
    if (islands.has(name)) shared = new Set(shared ? imports.filter((i) => shared?.has(i)) : imports);
    else plainImports.push(...imports);
  }
  // A file that plain DOM code loads too (such as the bundler's helpers) is not React's.
  return { scripts, shared: [...(shared ?? [])].filter((f) => !plainImports.includes(f)).map(url) };
}
