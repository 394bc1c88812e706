import http from 'node:http';
import { allowedMethods } from './methods';

/**
 * Methods a fetch `Request` cannot carry (the Fetch standard forbids them). Next builds one for
 * the proxy and for every route handler, so before this, TRACE on any address failed there with
 * a 500 and a bare text body, before proxy.ts could answer. CONNECT never reaches a request
 * handler in Node.
 */
const UNREPRESENTABLE = new Set(['TRACE', 'TRACK']);

let installed = false;

/**
 * Answers TRACE and TRACK with 405 and the path's `Allow` list as the request arrives, before
 * Next sees it. Installed once per server process by instrumentation.ts.
 */
export function refuseUnrepresentableMethods(headers: readonly { key: string; value: string }[]): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (UNREPRESENTABLE.has((req.method ?? '').toUpperCase())) {
        const pathname = (req.url ?? '/').split('?', 1)[0] ?? '/';
        res.writeHead(405, { ...Object.fromEntries(headers.map((h) => [h.key, h.value])), Allow: allowedMethods(pathname).join(', '), 'Cache-Control': 'no-store', 'Content-Length': '0' });
        res.end();
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
