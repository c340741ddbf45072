// Builds the site a second time under a sub-path (tools/subpath.mjs) into its own folder, as
// the GitHub Pages workflow would publish it, so the tests can prove every link and the search
// work under a base, and what a publishing build shows of its publisher and address. Its content
// is content/ plus a new source, case, actor and pathway (tests/fixtures/new-content/), so the same build
// proves that an editor's new entries pass the content check, build and every test over it.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  NEW_CONTENT_FIXTURE,
  SUBPATH_CONTENT_DIR,
  SUBPATH_ENV,
  SUBPATH_OUT_DIR,
} from './subpath.mjs';
import { buildSnapshot } from './site-snapshot.mjs';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, SUBPATH_CONTENT_DIR);
rmSync(contentDir, { recursive: true, force: true });
cpSync(resolve(root, 'content'), contentDir, { recursive: true });
cpSync(resolve(root, NEW_CONTENT_FIXTURE), contentDir, { recursive: true });

// Its content differs from the root build's, which runs beside it (tools/site-snapshot.mjs).
const snapshot = buildSnapshot('subpath');
const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  cwd: snapshot.root,
  stdio: 'inherit',
  env: {
    ...process.env,
    ...SUBPATH_ENV,
    CONTENT_ROOT: contentDir,
    // «Senest ændret» and the feed read the history of content/, which the copy is made from.
    CONTENT_HISTORY_ROOT: resolve(root, 'content'),
    ASTRO_OUT_DIR: resolve(root, SUBPATH_OUT_DIR),
    ASTRO_CACHE_DIR: snapshot.cacheDir,
    // The default folder of source texts lies beside the project, not beside the copy.
    SOURCE_TEXTS_DIR:
      process.env['SOURCE_TEXTS_DIR'] === 'off'
        ? 'off'
        : resolve(root, process.env['SOURCE_TEXTS_DIR'] ?? '../shared/seeds'),
  },
});
process.exit(result.status ?? 1);
