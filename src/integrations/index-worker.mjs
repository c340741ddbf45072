// The search index is built in a worker thread: after `astro build` the main thread's heap
// holds gigabytes of build data, and every garbage collection of the indexer's own short-lived
// strings would walk all of it (at 5,000 entries indexing took 60 s in-process against 45 s on
// a fresh heap). esbuild's documented `build` API bundles the TypeScript indexer for plain Node,
// as src/content/check/load.mjs does for the content check.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { build } from 'esbuild';

const projectRoot = join(import.meta.dirname, '../..');
// Inside node_modules so bare imports resolve; unique so parallel builds never share a file.
const outfile = join(
  projectRoot,
  'node_modules/.cache/pagefind-index',
  `index-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`,
);
await build({
  entryPoints: [join(import.meta.dirname, 'pagefind-index.ts')],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node22',
  logLevel: 'warning',
});
try {
  const { indexSite } = await import(pathToFileURL(outfile).href);
  parentPort?.postMessage(await indexSite(workerData.siteDir, workerData.synonyms));
} finally {
  rmSync(outfile, { force: true });
}
