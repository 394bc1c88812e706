import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';
import { POST_PATHS, allowedMethods, isMalformedPath, methodNotAllowed } from '@/lib/security/methods';
import { PEER_ADDRESS_HEADER, refuseUnrepresentableMethods } from '@/lib/security/unrepresentable-methods';

describe('which methods an address takes', () => {
  it('pages take GET and HEAD; the form targets take POST as well', () => {
    expect(allowedMethods('/guides/red-flags')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods('/')).toEqual(['GET', 'HEAD']);
    for (const path of POST_PATHS) expect(allowedMethods(path)).toEqual(['GET', 'HEAD', 'POST']);
    expect(POST_PATHS).toContain('/feedback');
    // Only the exact path: a page under a form target is still a page.
    expect(allowedMethods('/feedback/thanks')).toEqual(['GET', 'HEAD']);
  });

  it('refuses anything else with 405 and the list, and answers OPTIONS with 204 and the list, both without a body', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
      const response = methodNotAllowed(method, '/glossary');
      expect(response?.status, method).toBe(405);
      expect(response?.headers.get('allow'), method).toBe('GET, HEAD');
      expect(await response?.text(), method).toBe('');
    }
    const options = methodNotAllowed('OPTIONS', '/feedback');
    expect(options?.status).toBe(204);
    expect(options?.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(methodNotAllowed('GET', '/glossary')).toBeUndefined();
    expect(methodNotAllowed('HEAD', '/glossary')).toBeUndefined();
    expect(methodNotAllowed('POST', '/feedback')).toBeUndefined();
  });

  it('knows an address no page can have', () => {
    for (const path of ['/guides/%', '/guides/%zz', '/guides/%ff%fe', '/guides/%ZZ', '/guides/%5Bslug%5D', '/guides/[slug]']) expect(isMalformedPath(path), path).toBe(true);
    for (const path of ['/', '/guides/red-flags', '/guides/red%2Dflags', '/search']) expect(isMalformedPath(path), path).toBe(false);
  });
});

describe('proxy.ts', () => {
  const request = (method: string, path: string) => new NextRequest(`http://localhost${path}`, { method });

  it('refuses a POST to a page before it renders', () => {
    const response = proxy(request('POST', '/glossary'));
    expect(response?.status).toBe(405);
    expect(response?.headers.get('allow')).toBe('GET, HEAD');
  });

  it('lets reads and form posts through untouched', () => {
    expect(proxy(request('GET', '/checklist'))).toBeUndefined();
    expect(proxy(request('POST', '/feedback'))).toBeUndefined();
    // The checklist's form posts to its own page when JavaScript is off.
    expect(proxy(request('POST', '/checklist'))).toBeUndefined();
    expect(allowedMethods('/checklist/compare')).toEqual(['GET', 'HEAD']);
  });

  it('sends a malformed address to the 404 page', () => {
    const response = proxy(request('GET', '/guides/%5Bslug%5D'));
    expect(response?.headers.get('x-middleware-rewrite')).toMatch(/\/_not-found-malformed$/);
  });
});

describe('TRACE, which a fetch Request cannot carry', () => {
  const server = http.createServer((req, res) => res.end(req.url === '/peer' ? `${req.headers[PEER_ADDRESS_HEADER]}|${req.rawHeaders.filter((h) => h.toLowerCase() === PEER_ADDRESS_HEADER).length}` : 'page'));
  afterAll(() => new Promise((done) => server.close(done)));

  const send = (method: string, path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; allow?: string; body: string; nosniff?: string }>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      const req = http.request({ port, method, path, agent: false, headers }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body, nosniff: res.headers['x-content-type-options'] as string | undefined }));
      });
      req.on('error', reject);
      req.end();
    });

  it('is answered with 405 before the server handles it; other methods reach the server', async () => {
    refuseUnrepresentableMethods([{ key: 'X-Content-Type-Options', value: 'nosniff' }]);
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    expect(await send('TRACE', '/guides/red-flags/opengraph-image')).toEqual({ status: 405, allow: 'GET, HEAD', body: '', nosniff: 'nosniff' });
    expect(await send('TRACE', '/feedback?x=1')).toMatchObject({ status: 405, allow: 'GET, HEAD, POST' });
    expect(await send('GET', '/icons/192')).toMatchObject({ status: 200, body: 'page' });
  });

  it('stamps each request with its connection address, over any copy a client sent', async () => {
    expect(await send('POST', '/peer')).toMatchObject({ status: 200, body: '127.0.0.1|1' });
    expect(await send('POST', '/peer', { [PEER_ADDRESS_HEADER]: '203.0.113.9', 'X-Site-Peer-Address': '198.51.100.7' })).toMatchObject({ status: 200, body: '127.0.0.1|1' });
  });
});
