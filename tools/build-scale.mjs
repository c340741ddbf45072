// Builds the site over generated content, as it would look with thousands of entries, so the
// page-weight test can prove that every page stays light at scale (`npm run build:scale`).
// The content is the benchmark's (tools/bench/generate.mjs, fixed seed) written to
// `.tmp/scale-content/`; the site goes to `dist-scale/`. No search index is built: the test
// weighs what a browser loads before a search, and `npm run bench` measures the index. The
// harmless oddities of tests/fixtures/harmless-content/ (BOM, CRLF, tabs, emoji) are added to
// the generated content, so this one build also proves they build into correct pages.
//
//   node tools/build-scale.mjs                 2,000 entries (the size npm test uses)
//   node tools/build-scale.mjs --entries 5000  another size
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticContent } from './bench/generate.mjs';
import { SCALE_CONTENT_DIR, SCALE_ENTRIES, SCALE_OUT_DIR } from './scale.mjs';
import { buildSnapshot } from './site-snapshot.mjs';

const { values } = parseArgs({
  options: { entries: { type: 'string', default: String(SCALE_ENTRIES) } },
});
const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 4) {
  throw new Error(`--entries takes a whole number of at least 4; got «${values.entries}»`);
}

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, SCALE_CONTENT_DIR);
rmSync(contentDir, { recursive: true, force: true });
writeSyntheticContent({ realContentDir: resolve(root, 'content'), targetDir: contentDir, entries });
cpSync(resolve(root, 'tests/fixtures/harmless-content'), contentDir, { recursive: true });

// Its content differs from the root build's, which runs beside it (tools/site-snapshot.mjs).
const snapshot = buildSnapshot('scale');
const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  cwd: snapshot.root,
  stdio: 'inherit',
  env: {
    ...process.env,
    CONTENT_ROOT: contentDir,
    ASTRO_OUT_DIR: resolve(root, SCALE_OUT_DIR),
    ASTRO_CACHE_DIR: snapshot.cacheDir,
    SEARCH_INDEX: 'off',
    // Generated cases quote no real document: their quotations are not checked.
    SOURCE_TEXTS_DIR: 'off',
    ASTRO_TELEMETRY_DISABLED: '1',
  },
});
process.exit(result.status ?? 1);
