import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/** A running static server for a built site. */
export interface StaticSite {
  /** Origin plus base, e.g. `http://127.0.0.1:41234/rehab/`. */
  url: string;
  origin: string;
  base: string;
  close: () => Promise<void>;
}

/**
 * Serves `dir` under `base` on a free loopback port, like a plain static host:
 * no rewrites, `404.html` for anything missing, nothing outside `base`.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: build the site first (npm run build)`);
  }
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : null;
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    const send404 = () => {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(notFound ?? 'Not found');
    };
    if (!url.startsWith(base)) return send404();
    request.url = `/${url.slice(base.length)}`;
    files(request, response, send404);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    base,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
