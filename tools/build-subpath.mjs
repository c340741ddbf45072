// Builds the site a second time under a sub-path (tools/subpath.mjs) into its own folder, as
// the GitHub Pages workflow would publish it, so the tests can prove every link and the search
// work under a base, and what a publishing build shows of its publisher and address.
import { spawnSync } from 'node:child_process';
import { SUBPATH_ENV, SUBPATH_OUT_DIR } from './subpath.mjs';

const result = spawnSync('npm', ['run', 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ...SUBPATH_ENV,
    ASTRO_OUT_DIR: SUBPATH_OUT_DIR,
    ASTRO_CACHE_DIR: './node_modules/.astro-rehab',
  },
});
process.exit(result.status ?? 1);
