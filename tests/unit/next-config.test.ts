import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nextConfig from '@/next.config';

/** The package each bare import in the server's own code names: `unified`, `@fontsource/inter`. */
function importedPackages(dir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    // lib/finish runs in the build's last step, under tsx, never in the server.
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.parentPath.includes(`${path.sep}finish`)) continue;
    const code = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const m of code.matchAll(/^import\s(?!type\s)[^'"]*['"]([^'"./@][^'"]*|@(?!\/)[^'"]+)['"]/gm)) {
      const spec = m[1] as string;
      if (spec.startsWith('node:')) continue;
      names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
    }
  }
  return names;
}

describe('serverExternalPackages', () => {
  const externals = new Set(nextConfig.serverExternalPackages);

  it('holds every package the server code imports, the content pipeline first, so none is bundled without anyone deciding', () => {
    const used = new Set([...importedPackages(path.join(process.cwd(), 'lib')), ...importedPackages(path.join(process.cwd(), 'app'))]);
    expect(used.has('unified')).toBe(true);
    for (const name of used) if (!['server-only', 'react', 'react-dom', 'next'].includes(name)) expect(externals.has(name), name).toBe(true);
  });

  it('leaves Next.js, React and server-only to the bundler', () => {
    for (const name of ['next', 'react', 'react-dom', 'server-only']) expect(externals.has(name), name).toBe(false);
  });
});
