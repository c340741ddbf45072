// The browser tests use the same static server as `npm run preview`.
export { serveStatic, type StaticSite } from '../../tools/static-server.mjs';
