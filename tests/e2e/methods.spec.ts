import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { POST_PATHS, allowedMethods } from '../../lib/security/methods';

// Every route the build made, asked with every method, as raw HTTP: a browser or Playwright's
// own client would tidy up a malformed address before sending it.

const BUILD = path.join(process.cwd(), '.next');
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'];

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

function send(baseURL: string, method: string, rawPath: string): Promise<Reply> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, method, path: rawPath, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(BUILD, file), 'utf8')) as Record<string, unknown>;

/**
 * Every address the build answers: each route in the app (pages and route handlers), its
 * dynamic segments filled with the values the build prerendered, the files in public/ and
 * one of Next's static chunks.
 */
function routesInBuild(): string[] {
  const templates = Object.values(readJson('app-path-routes-manifest.json') as Record<string, string>);
  const prerendered = readJson('prerender-manifest.json').routes as Record<string, { srcRoute?: string }>;
  const routes = new Set<string>();
  for (const template of templates) {
    if (template.startsWith('/_')) continue;
    if (!template.includes('[')) {
      routes.add(template);
      continue;
    }
    // Every value the build prerendered for the dynamic page, also for the routes under it (its preview image).
    const page = template.replace(/(\[[^\]]+\]).*$/, '$1');
    for (const [route, { srcRoute }] of Object.entries(prerendered)) if (srcRoute === page && route !== page) routes.add(`${route}${template.slice(page.length)}`);
  }
  const publicDir = path.join(process.cwd(), 'public');
  const publicFiles = fs.existsSync(publicDir) ? fs.readdirSync(publicDir, { recursive: true, withFileTypes: true }) : [];
  for (const file of publicFiles) if (file.isFile()) routes.add(`/${path.relative(publicDir, path.join(file.parentPath, file.name))}`);
  const chunk = fs.readdirSync(path.join(BUILD, 'static', 'chunks')).find((f) => f.endsWith('.js'));
  if (chunk) routes.add(`/_next/static/chunks/${chunk}`);
  return [...routes].sort();
}

/** HTML must carry the script policy, in a header or in its own meta tag (a HEAD reply has no HTML to run). */
function expectScriptPolicy(reply: Reply, label: string) {
  if (!String(reply.headers['content-type'] ?? '').includes('text/html') || reply.body === '') return;
  const header = String(reply.headers['content-security-policy'] ?? '');
  const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src/.test(reply.body);
  expect(header.includes('script-src') || meta, `${label}: HTML without a script policy`).toBe(true);
}

test('every route answers GET and HEAD, OPTIONS with its methods, and 405 with no body for anything else', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const routes = routesInBuild();
  // The build's own list, not a copy of it: articles, kinds, preview images and icons are all there.
  expect(routes).toEqual(expect.arrayContaining(['/', '/checklist', '/guides/red-flags', '/guides/red-flags/opengraph-image', '/credentials/boot-camp', '/icons/192', '/feed.xml', '/favicon.ico']));
  for (const route of routes) {
    for (const method of METHODS) {
      const label = `${method} ${route}`;
      const reply = await send(baseURL ?? '', method, route);
      expect(reply.status, label).toBeLessThan(500);
      expectScriptPolicy(reply, label);
      const allowed = allowedMethods(route);
      if (POST_PATHS.includes(route) && allowed.includes(method)) continue; // the form's handler decides
      if (method === 'GET' || method === 'HEAD') {
        expect(reply.status, label).toBe(200);
      } else {
        expect(reply.status, label).toBe(method === 'OPTIONS' ? 204 : 405);
        expect(reply.headers.allow, label).toBe(allowed.join(', '));
        expect(reply.body, label).toBe('');
      }
    }
  }
});

test('a form target takes POST, and says so', async ({ baseURL }) => {
  for (const route of POST_PATHS) {
    const options = await send(baseURL ?? '', 'OPTIONS', route);
    expect(options.status, route).toBe(204);
    expect(options.headers.allow, route).toBe('GET, HEAD, POST');
    // Not refused by the method rule, whose 405 has no body: the route itself answers (a page
    // with a server action answers a bare POST, one with no action in it, with its own 405 and text).
    const post = await send(baseURL ?? '', 'POST', route);
    expect(post.status, route).toBeLessThan(500);
    expect(post.status === 405 && post.body === '', route).toBe(false);
    expect((await send(baseURL ?? '', 'PUT', route)).status, route).toBe(405);
  }
});

test('a POST to a page is refused before it is rendered, so no page comes back without its policy', async ({ baseURL }) => {
  for (const route of ['/checklist/compare', '/guides/red-flags', '/guides/no-such-page']) {
    const reply = await send(baseURL ?? '', 'POST', route);
    expect(reply.status, route).toBe(405);
    expect(reply.headers['content-type'], route).toBeUndefined();
    expect(reply.body, route).toBe('');
    // The site's other headers still apply.
    expect(reply.headers['x-content-type-options'], route).toBe('nosniff');
  }
});

test('a malformed address gets the site’s 404 page, never a 500 or a bare text body', async ({ baseURL }) => {
  const malformed = ['/guides/%', '/guides/%zz', '/guides/%ff%fe', '/guides/%ZZ', '/credentials/%', '/%', '/guides/%5Bslug%5D', '/credentials/%5Bkind%5D', '/icons/%5Bsize%5D', '/guides/%5Bslug%5D/opengraph-image', '/guides/red-flags%'];
  for (const route of malformed) {
    for (const method of ['GET', 'HEAD']) {
      const reply = await send(baseURL ?? '', method, route);
      expect(reply.status, `${method} ${route}`).toBe(404);
      expect(reply.headers['content-type'], `${method} ${route}`).toContain('text/html');
      if (method === 'GET') {
        expect(reply.body, route).toContain('Page not found');
        expectScriptPolicy(reply, route);
      }
    }
    for (const method of ['POST', 'TRACE', 'OPTIONS', 'DELETE']) {
      const reply = await send(baseURL ?? '', method, route);
      expect(reply.status, `${method} ${route}`).toBeGreaterThanOrEqual(200);
      expect(reply.status, `${method} ${route}`).toBeLessThan(500);
      expect(reply.body, `${method} ${route}`).toBe('');
    }
  }
});

test('the image optimizer is off: any spelling of an address answers 4xx and writes nothing', async ({ baseURL }) => {
  const cache = path.join(BUILD, 'cache', 'images');
  const filesIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String) : []);
  const before = filesIn(cache);
  const targets = ['/guides/red-flags/opengraph-image', '/opengraph-image', '/icons/512', '/favicon.ico'];
  const spellings = targets.flatMap((t) => [encodeURIComponent(t), encodeURIComponent(t).replace(/%2F/g, '%2f'), `${encodeURIComponent(t)}%3Fv%3D1`, t]);
  for (const url of spellings) {
    for (const width of [64, 640, 1080]) {
      const reply = await send(baseURL ?? '', 'GET', `/_next/image?url=${url}&w=${width}&q=75`);
      expect(reply.status, url).toBeGreaterThanOrEqual(400);
      expect(reply.status, url).toBeLessThan(500);
      expect(reply.headers['content-type'] ?? '', url).not.toContain('image/');
    }
  }
  expect(filesIn(cache)).toEqual(before);
});
