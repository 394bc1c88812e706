// The build's floor: a bare app on the same Next.js (the project's own node_modules) that
// prerenders `count` pages of plain text and nothing else. Each page holds the text of the
// synthetic article of the same number, as paragraphs, so the floor and the site render the
// same amount of text. Plain JavaScript pages, so Next sets up no TypeScript.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_LINK_TARGETS, BENCH_SOURCE_IDS, syntheticArticle } from './synthetic-articles';

export function writeFloorApp(dir: string, count: number, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app', 'p', '[n]'), { recursive: true });
  mkdirSync(path.join(dir, 'text'), { recursive: true });
  symlinkSync(nodeModules, path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 1)}\n`);
  writeFileSync(path.join(dir, 'next.config.mjs'), 'export default { poweredByHeader: false };\n');
  for (let i = 0; i < count; i++) {
    const { text } = syntheticArticle(i, BENCH_LINK_TARGETS, BENCH_SOURCE_IDS);
    writeFileSync(path.join(dir, 'text', `${i}.txt`), text);
  }
  writeFileSync(
    path.join(dir, 'app', 'layout.jsx'),
    `export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  );
  writeFileSync(
    path.join(dir, 'app', 'p', '[n]', 'page.jsx'),
    [
      "import { readFileSync } from 'node:fs';",
      "import path from 'node:path';",
      'export const dynamicParams = false;',
      `export function generateStaticParams() { return Array.from({ length: ${count} }, (_, n) => ({ n: String(n) })); }`,
      'export default async function Page({ params }) {',
      '  const { n } = await params;',
      "  const text = readFileSync(path.join(process.cwd(), 'text', `${n}.txt`), 'utf8');",
      "  return (<main><h1>Page {n}</h1>{text.split('\\n\\n').map((p, i) => <p key={i}>{p}</p>)}</main>);",
      '}',
      '',
    ].join('\n'),
  );
}
