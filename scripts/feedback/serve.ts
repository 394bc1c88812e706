// A bare HTTP server around the feedback handler alone (lib/feedback/handler.ts), the same
// module app/feedback/route.ts calls, with the same settings from the environment. The
// durability test kills it with SIGKILL; it starts in about a second, where `next start`
// needs a build. Not for serving the site.
//   tsx --conditions=react-server scripts/feedback/serve.ts [port]   (0: any free port)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { handleFeedback } from '../../lib/feedback/handler';
import { feedbackDeps } from '../../lib/feedback/server';

const deps = feedbackDeps();

const server = createServer((req, res) => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  if (url.pathname !== '/feedback') {
    res.writeHead(404).end();
    return;
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const request = new Request(url, {
    method: req.method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
  handleFeedback(request, deps, req.socket.remoteAddress)
    .then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })
    .catch((error: unknown) => {
      console.error(error);
      res.writeHead(500).end();
    });
});

server.listen(Number(process.argv[2] ?? process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on ${(server.address() as AddressInfo).port}`);
});
