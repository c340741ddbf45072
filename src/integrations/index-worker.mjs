// The search index is built in a worker thread: after `astro build` the main thread's heap
// holds gigabytes of build data, and every garbage collection of the indexer's own short-lived
// strings would walk all of it (at 5,000 entries indexing took 60 s in-process against 45 s on
// a fresh heap). The TypeScript indexer is imported the way the content check is.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { importBundled } from './import-bundled.mjs';

const projectRoot = join(import.meta.dirname, '../..');
const { indexSite } = await importBundled(
  projectRoot,
  join(import.meta.dirname, 'pagefind-index.ts'),
  'pagefind-index',
);
parentPort?.postMessage(await indexSite(workerData.siteDir, workerData.synonyms));
