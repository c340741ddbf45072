// `npm run check:lockfile`: fails, saying how to fix it, when package-lock.json would not
// install this project on every platform (see tools/lockfile.mjs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lockfileProblems } from './lockfile.mjs';

const root = resolve(import.meta.dirname, '..');
const read = (/** @type {string} */ file) => JSON.parse(readFileSync(resolve(root, file), 'utf8'));
const manifest = read('package.json');
const problems = lockfileProblems(manifest, read('package-lock.json'));

if (problems.length > 0) {
  const npm = String(manifest.packageManager ?? 'npm').replace(/^npm@/, '');
  process.stderr.write(
    [
      `package-lock.json cannot install this project on every platform (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
      ...problems.slice(0, 20).map((problem) => `  - ${problem}`),
      ...(problems.length > 20 ? [`  … and ${problems.length - 20} more`] : []),
      '',
      `Fix: with npm ${npm} (package.json "packageManager"), run`,
      '  npm install --package-lock-only',
      "which records every platform's optional packages from the registry, then commit package-lock.json.",
      '',
    ].join('\n'),
  );
  process.exit(1);
}
console.log('package-lock.json: in step with package.json, every platform package locked.');
