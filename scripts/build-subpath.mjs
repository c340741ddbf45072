// Builds the site a second time under the sub-path /rehab/ into dist-rehab/, as GitHub Pages
// would serve it, so the tests can prove every link and the search work under a base path.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['run', 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    BASE_PATH: '/rehab/',
    ASTRO_OUT_DIR: process.env.SUBPATH_SITE_DIR ?? './dist-rehab',
    ASTRO_CACHE_DIR: './node_modules/.astro-rehab',
  },
});
process.exit(result.status ?? 1);
