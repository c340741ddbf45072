// `npm run lint`: ESLint (typescript-eslint, eslint-plugin-astro), then knip (unused files,
// exports and dependencies). Both run even when the first fails, so one run shows everything.
import { spawnSync } from 'node:child_process';

const steps = [['node_modules/eslint/bin/eslint.js', '.'], ['node_modules/knip/bin/knip.js']];
let failed = false;
for (const args of steps) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
