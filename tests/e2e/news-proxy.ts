import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type PageSource, pageBody } from './harness';

export interface NewsProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 that answers for news-site addresses from the fixtures, so a browser pointed
 * at it (Firefox: network.proxy.*) loads them at their real http:// addresses and the manifest's match
 * patterns decide where GovMark runs. A proxied request's URL is absolute. Anything else gets 404, and
 * CONNECT (https) is refused by the server: nothing leaves the machine. Bytes go out as stored, with no
 * charset in the header, so a page's own `<meta charset>` decides, as on the real site.
 */
export async function startNewsProxy(pages: Record<string, PageSource>): Promise<NewsProxy> {
  const bodies = new Map<string, Buffer>();
  for (const [url, source] of Object.entries(pages)) bodies.set(url, await pageBody(source));
  const server: Server = createServer((request, response) => {
    const body = bodies.get(request.url ?? '');
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
