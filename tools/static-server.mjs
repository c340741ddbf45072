// A plain static server for a built site, shared by `npm run preview` and the browser tests.
// It behaves like a simple static host: no rewrites, `404.html` for anything missing, and
// nothing served outside the base path.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * @typedef {object} StaticSite
 * @property {string} url Origin plus base, e.g. `http://127.0.0.1:41234/rehab/`.
 * @property {string} origin
 * @property {string} base
 * @property {() => Promise<void>} close
 */

/**
 * Serves `dir` under `base` on loopback (`port` 0 picks a free port).
 * @param {string} dir
 * @param {string} [base]
 * @param {number} [port]
 * @returns {Promise<StaticSite>}
 */
export async function serveStatic(dir, base = '/', port = 0) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: build the site first (npm run build)`);
  }
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : null;
  const server = createServer((request, response) => {
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
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: `${origin}${base}`,
    origin,
    base,
    close: () =>
      new Promise((done) => {
        server.close(() => done(undefined));
        // Keep-alive connections from a browser would otherwise hold the server open.
        server.closeAllConnections();
      }),
  };
}
