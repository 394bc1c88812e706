import http from 'node:http';
import { allowedMethods, isMalformedPath } from './methods';

/**
 * The address of the connection a request came over, as the server saw it. `next start` gives a
 * route handler no socket, so the gate below writes it here, over anything a client sent in a
 * header of that name; X-Forwarded-For, which a client can write itself, is only to be believed
 * when a proxy in front is trusted (lib/feedback/rate-limit.ts).
 */
export const PEER_ADDRESS_HEADER = 'x-site-peer-address';

/** Where a malformed address is sent: no route has it, so Next answers with its prerendered 404 page. */
export const MALFORMED_PATH_TARGET = '/_not-found-malformed';

/** Replaces any client-sent copy of PEER_ADDRESS_HEADER with the connection's own address. */
export function stampPeerAddress(req: http.IncomingMessage): void {
  const raw = req.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i]?.toLowerCase() === PEER_ADDRESS_HEADER) raw.splice(i, 2);
  const address = req.socket.remoteAddress ?? '';
  req.headers[PEER_ADDRESS_HEADER] = address;
  raw.push(PEER_ADDRESS_HEADER, address);
}

/**
 * What the gate does with a request: answer it at once (a method the path does not take: 204
 * for OPTIONS, 405 otherwise, both with the path's `Allow` list), send it to the 404 page (an
 * address no page can have), or let it through.
 */
export type GateDecision = { answer: 204 | 405; allow: string } | { rewrite: string } | undefined;

export function gateDecision(method: string, url: string): GateDecision {
  const pathname = url.split('?', 1)[0] || '/';
  const allowed = allowedMethods(pathname);
  const upper = method.toUpperCase();
  if (!allowed.includes(upper)) return { answer: upper === 'OPTIONS' ? 204 : 405, allow: allowed.join(', ') };
  if (isMalformedPath(pathname)) return { rewrite: MALFORMED_PATH_TARGET };
  return undefined;
}

let installed = false;

/**
 * Checks every request as it arrives, before Next builds anything for it: a method the path
 * does not take is answered here with the site's headers and no body, and a malformed address
 * goes to the 404 page. Doing this in Next's proxy instead cost about half the server's
 * throughput on plain page reads (docs/performance.md), and TRACE, which a fetch `Request`
 * cannot carry, never reached the proxy at all. Every request is also stamped with its
 * connection's address (PEER_ADDRESS_HEADER). Installed once per server process by
 * instrumentation.ts.
 */
export function installRequestGate(headers: readonly { key: string; value: string }[]): void {
  if (installed) return;
  installed = true;
  const siteHeaders = Object.fromEntries(headers.map((h) => [h.key, h.value]));
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      const decision = gateDecision(req.method ?? 'GET', req.url ?? '/');
      if (decision && 'answer' in decision) {
        res.writeHead(decision.answer, { ...siteHeaders, Allow: decision.allow, 'Cache-Control': 'no-store', 'Content-Length': '0' });
        res.end();
        return true;
      }
      if (decision) req.url = decision.rewrite;
      stampPeerAddress(req);
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
