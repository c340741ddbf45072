// @ts-check
// `npm run cms`: edit the working copy in the browser. Starts the site in development
// (`astro dev`) and Decap's local backend (`decap-server`, which writes the files the CMS saves
// straight into content/), with CMS_LOCAL=true so /admin/ uses that backend. Ctrl-C stops both;
// if either stops on its own, the other is stopped too. Arguments go to `astro dev`
// (e.g. `npm run cms -- --port 4400`). docs/content-guide.md describes it for editors.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
/** The port the CMS looks for its local backend on (Decap's default; the admin page's CSP allows it). */
const DECAP_SERVER_PORT = '8081';

const env = { ...process.env, CMS_LOCAL: 'true' };
const children = [
  spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: root,
    env: { ...env, PORT: DECAP_SERVER_PORT, GIT_REPO_DIRECTORY: root, MODE: 'fs' },
    stdio: 'inherit',
  }),
  spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: 'inherit',
  }),
];

let stopping = false;
/**
 * Stops every child that still runs, then exits with `code`.
 * @param {number} code
 */
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
