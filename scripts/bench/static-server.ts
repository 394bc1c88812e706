// A plain static file server for the benchmark: it serves the finished files of a build (the
// prerendered pages, Next's static files and the bodies of static routes such as the icon) from
// memory, with the site's own security headers and gzip when asked, and nothing else. Every
// page is also served with every script removed under /__floor/..., the floor Lighthouse
// compares each page with: the same server, the same headers, no script.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { securityHeaders } from '../../lib/security/csp';

export const FLOOR_PREFIX = '/__floor';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

type File = { body: Buffer; gzip: Buffer; type: string; immutable: boolean };

function* filesUnder(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

/** The page without any `<script>` element: what the floor serves. */
export const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');

/** Every address the build can answer without running code, with its bytes. */
export function loadSite(siteDir: string): Map<string, File> {
  const files = new Map<string, File>();
  const add = (url: string, body: Buffer, ext: string, immutable = false) =>
    files.set(url, { body, gzip: gzipSync(body), type: TYPES[ext] ?? 'application/octet-stream', immutable });
  const app = path.join(siteDir, '.next', 'server', 'app');
  for (const file of filesUnder(app)) {
    const rel = path.relative(app, file).split(path.sep).join('/');
    if (rel.endsWith('.html')) {
      const route = rel === 'index.html' ? '/' : `/${rel.replace(/\.html$/, '')}`;
      const html = readFileSync(file);
      add(route, html, '.html');
      add(route === '/' ? `${FLOOR_PREFIX}/` : `${FLOOR_PREFIX}${route}`, Buffer.from(withoutScripts(html.toString('utf8'))), '.html');
    } else if (rel.endsWith('.body')) {
      const route = `/${rel.replace(/\.body$/, '')}`;
      add(route, readFileSync(file), path.extname(route));
    }
  }
  const staticDir = path.join(siteDir, '.next', 'static');
  for (const file of filesUnder(staticDir)) add(`/_next/static/${path.relative(staticDir, file).split(path.sep).join('/')}`, readFileSync(file), path.extname(file), true);
  return files;
}

/** Serves a build's finished files on loopback; resolves once it listens. */
export function startStaticServer(siteDir: string, port: number): Promise<Server> {
  const files = loadSite(siteDir);
  const notFound = files.get('/_not-found');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = files.get(url) ?? files.get(url.replace(/\/$/, '')) ?? notFound;
    const headers: Record<string, string> = Object.fromEntries(securityHeaders.map((h) => [h.key, h.value]));
    if (!file) {
      res.writeHead(404, headers).end();
      return;
    }
    headers['Content-Type'] = file.type;
    if (file.immutable) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    res.writeHead(file === notFound && url !== '/_not-found' ? 404 : 200, headers).end(gzip ? file.gzip : file.body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
