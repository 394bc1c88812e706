import http from 'node:http';
import { allowedMethods } from './methods';

/**
 * Methods a fetch `Request` cannot carry (the Fetch standard forbids them). Next builds one for
 * the proxy and for every route handler, so before this, TRACE on any address failed there with
 * a 500 and a bare text body, before proxy.ts could answer. CONNECT never reaches a request
 * handler in Node.
 */
const UNREPRESENTABLE = new Set(['TRACE', 'TRACK']);

/**
 * The address of the connection a request came over, as the server saw it. `next start` gives a
 * route handler no socket, so the hook below writes it here, over anything a client sent in a
 * header of that name; X-Forwarded-For, which a client can write itself, is only to be believed
 * when a proxy in front is trusted (lib/feedback/rate-limit.ts).
 */
export const PEER_ADDRESS_HEADER = 'x-site-peer-address';

/** Replaces any client-sent copy of PEER_ADDRESS_HEADER with the connection's own address. */
export function stampPeerAddress(req: http.IncomingMessage): void {
  const raw = req.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i]?.toLowerCase() === PEER_ADDRESS_HEADER) raw.splice(i, 2);
  const address = req.socket.remoteAddress ?? '';
  req.headers[PEER_ADDRESS_HEADER] = address;
  raw.push(PEER_ADDRESS_HEADER, address);
}

let installed = false;

/**
 * Answers TRACE and TRACK with 405 and the path's `Allow` list as the request arrives, before
 * Next sees it, and stamps every other request with its connection's address
 * (PEER_ADDRESS_HEADER). Installed once per server process by instrumentation.ts.
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
      stampPeerAddress(req);
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
