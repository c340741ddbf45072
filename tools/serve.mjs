// `npm run preview`: serves the built site the way a static host would.
//   PORT=8080 BASE_PATH=/rehab/ ASTRO_OUT_DIR=dist-rehab npm run preview
import { normaliseBasePath } from '../src/site/base-path.mjs';
import { serveStatic } from './static-server.mjs';

const dir = process.env.ASTRO_OUT_DIR ?? 'dist';
const base = normaliseBasePath(process.env.BASE_PATH);
const site = await serveStatic(dir, base, Number(process.env.PORT ?? 4321));
console.log(`Serving ${dir}/ at ${site.url} (Ctrl+C stops)`);
