import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api';

/**
 * Runs ELK graph layouts in one worker thread instead of the thread that renders pages.
 *
 * ELK needs about 6 ms of CPU per pathway diagram. On the main thread that time adds up page by
 * page (12 s of a 5,000-entry build; docs/performance.md). In a worker, the pathway pages ask for
 * all their layouts up front and Astro renders other pages while the worker lays them out, so on
 * a machine with two or more cores the diagrams cost almost no build time. Results are identical:
 * the same ELK build runs the same input.
 *
 * The worker's code is passed as a string (`eval`), so it needs no file of its own next to the
 * bundled page code; it loads ELK from the path resolved here.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = require(workerData.elkPath);
const ELK = loaded.default ?? loaded;
const elk = new ELK();
parentPort.on('message', ({ id, graph }) => {
  elk.layout(graph).then(
    (result) => parentPort.postMessage({ id, result }),
    (error) => parentPort.postMessage({ id, error: String((error && error.message) || error) }),
  );
});
`;

interface Pending {
  resolve: (graph: ElkNode) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const request of pending.values()) request.reject(error);
  pending.clear();
  worker = undefined;
}

function startWorker(): Worker {
  const elkPath = createRequire(import.meta.url).resolve('elkjs/lib/elk.bundled.js');
  const started = new Worker(WORKER_SOURCE, { eval: true, workerData: { elkPath } });
  started.on('message', (message: { id: number; result?: ElkNode; error?: string }) => {
    const request = pending.get(message.id);
    if (!request) return;
    pending.delete(message.id);
    if (message.error !== undefined || message.result === undefined) {
      request.reject(
        new Error(`ELK kunne ikke lægge diagrammet ud: ${message.error ?? 'intet svar'}`),
      );
    } else {
      request.resolve(message.result);
    }
    // An idle worker must not keep the build process alive.
    if (pending.size === 0) started.unref();
  });
  started.on('error', (error) => failAll(error));
  started.on('exit', (code) => {
    if (pending.size > 0) failAll(new Error(`ELK-tråden stoppede (kode ${code})`));
    worker = undefined;
  });
  return started;
}

/** Lays `graph` out with ELK in the worker thread. */
export function layoutInWorker(graph: ElkNode): Promise<ElkNode> {
  worker ??= startWorker();
  const running = worker;
  const id = nextId++;
  return new Promise<ElkNode>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // While a layout is pending the worker keeps the process alive (the page awaiting it does not).
    running.ref();
    running.postMessage({ id, graph });
  });
}
