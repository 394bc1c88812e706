import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { POST_PATHS, allowedMethods, isMalformedPath } from '@/lib/security/methods';
import { MALFORMED_PATH_TARGET, PEER_ADDRESS_HEADER, gateDecision, installRequestGate } from '@/lib/security/request-gate';

describe('which methods an address takes', () => {
  it('pages take GET and HEAD; the form targets take POST as well', () => {
    expect(allowedMethods('/guides/red-flags')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods('/')).toEqual(['GET', 'HEAD']);
    for (const path of POST_PATHS) expect(allowedMethods(path)).toEqual(['GET', 'HEAD', 'POST']);
    expect(POST_PATHS).toContain('/feedback');
    // Only the exact path: a page under a form target is still a page.
    expect(allowedMethods('/feedback/thanks')).toEqual(['GET', 'HEAD']);
  });

  it('refuses anything else with 405 and the list, and answers OPTIONS with 204 and the list', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'TRACE', 'TRACK']) expect(gateDecision(method, '/glossary?x=1'), method).toEqual({ answer: 405, allow: 'GET, HEAD' });
    expect(gateDecision('OPTIONS', '/feedback')).toEqual({ answer: 204, allow: 'GET, HEAD, POST' });
    expect(gateDecision('GET', '/glossary')).toBeUndefined();
    expect(gateDecision('HEAD', '/glossary')).toBeUndefined();
    expect(gateDecision('POST', '/feedback')).toBeUndefined();
    expect(gateDecision('POST', '/feedback/')).toBeUndefined();
    // The checklist's form posts to its own page when JavaScript is off; the page under it does not take POST.
    expect(gateDecision('POST', '/checklist')).toBeUndefined();
    expect(gateDecision('POST', '/checklist/compare')).toEqual({ answer: 405, allow: 'GET, HEAD' });
  });

  it('sends an address no page can have to the 404 page, and refuses a wrong method there first', () => {
    expect(gateDecision('GET', '/guides/%5Bslug%5D?q=1')).toEqual({ rewrite: MALFORMED_PATH_TARGET });
    expect(gateDecision('GET', '/guides/%zz')).toEqual({ rewrite: MALFORMED_PATH_TARGET });
    expect(gateDecision('PUT', '/guides/%zz')).toEqual({ answer: 405, allow: 'GET, HEAD' });
    expect(gateDecision('GET', '/guides/red-flags?q=%zz')).toBeUndefined();
  });

  it('knows an address no page can have', () => {
    for (const path of ['/guides/%', '/guides/%zz', '/guides/%ff%fe', '/guides/%ZZ', '/guides/%5Bslug%5D', '/guides/[slug]']) expect(isMalformedPath(path), path).toBe(true);
    for (const path of ['/', '/guides/red-flags', '/guides/red%2Dflags', '/search']) expect(isMalformedPath(path), path).toBe(false);
  });
});

describe('the request gate, in front of a real server', () => {
  const server = http.createServer((req, res) => res.end(req.url === '/peer' ? `${req.headers[PEER_ADDRESS_HEADER]}|${req.rawHeaders.filter((h) => h.toLowerCase() === PEER_ADDRESS_HEADER).length}` : `page ${req.url}`));
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

  it('answers a method the path does not take before the server handles it, with the site headers and no body', async () => {
    installRequestGate([{ key: 'X-Content-Type-Options', value: 'nosniff' }]);
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    expect(await send('TRACE', '/guides/red-flags/opengraph-image')).toEqual({ status: 405, allow: 'GET, HEAD', body: '', nosniff: 'nosniff' });
    expect(await send('TRACE', '/feedback?x=1')).toMatchObject({ status: 405, allow: 'GET, HEAD, POST' });
    expect(await send('POST', '/glossary')).toEqual({ status: 405, allow: 'GET, HEAD', body: '', nosniff: 'nosniff' });
    expect(await send('OPTIONS', '/feedback')).toMatchObject({ status: 204, allow: 'GET, HEAD, POST', body: '' });
  });

  it('lets reads and form posts reach the server, and sends a malformed address to the 404 page', async () => {
    expect(await send('GET', '/icons/192')).toMatchObject({ status: 200, body: 'page /icons/192' });
    expect(await send('POST', '/feedback')).toMatchObject({ status: 200, body: 'page /feedback' });
    expect(await send('GET', '/guides/%5Bslug%5D')).toMatchObject({ status: 200, body: `page ${MALFORMED_PATH_TARGET}` });
  });

  it('stamps each request with its connection address, over any copy a client sent', async () => {
    expect(await send('GET', '/peer')).toMatchObject({ status: 200, body: '127.0.0.1|1' });
    expect(await send('GET', '/peer', { [PEER_ADDRESS_HEADER]: '203.0.113.9', 'X-Site-Peer-Address': '198.51.100.7' })).toMatchObject({ status: 200, body: '127.0.0.1|1' });
  });
});
