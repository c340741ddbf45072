// The browser tests use the same static server as `npm run preview`.
export { serveStatic, type StaticSite } from '../../scripts/static-server.mjs';
