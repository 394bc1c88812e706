import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Plain scripts that pages load by address: public/scripts/*.js, such as the article's share
 * bar. Next serves public/ with `max-age=0`, so every article view asked again whether
 * share.js had changed. After `next build`, each is minified to a name that carries a hash of
 * its content under .next/static, which `next start` serves with a year's caching, and the
 * pages are pointed at that copy (scripts/finish-pages.ts). `npm run dev` uses the originals.
 */
const SOURCE_DIR = 'public/scripts';
const OUT_DIR = '.next/static/scripts';
const PUBLIC_PATH = '/_next/static/scripts';

/** Builds the copies afresh and maps each script's public address to its copy's. */
export async function buildPageScripts(root = process.cwd()): Promise<Record<string, string>> {
  rmSync(path.join(root, OUT_DIR), { recursive: true, force: true });
  const names = readdirSync(path.join(root, SOURCE_DIR)).filter((f) => f.endsWith('.js'));
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: names.map((n) => path.join(SOURCE_DIR, n)),
    outdir: OUT_DIR,
    entryNames: '[name]-[hash]',
    minify: true,
    target: 'es2020',
    metafile: true,
    logLevel: 'error',
  });
  const copies: Record<string, string> = {};
  for (const [output, info] of Object.entries(metafile.outputs)) {
    if (!info.entryPoint) continue;
    copies[`/scripts/${path.basename(info.entryPoint)}`] = `${PUBLIC_PATH}/${path.basename(output)}`;
  }
  return copies;
}

/** The page with each `<script src>` that has a copy pointed at the copy. */
export function withScriptCopies(html: string, copies: Record<string, string>): string {
  return html.replace(/(<script\b[^>]*\ssrc=")([^"]+)(")/g, (tag, start: string, src: string, end: string) => (copies[src] ? `${start}${copies[src]}${end}` : tag));
}
