// `npm test`: the whole suite, in the order a failure is cheapest to find. Steps that do not
// depend on each other run side by side (the machine has two cores); each step's output is
// printed when it ends, with its time, and the run stops at the first failed group.
//
//   node tools/test.mjs            every step
//   node tools/test.mjs --list     the steps, without running them
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { findBrowser } from './find-browser.mjs';

const astro = 'node_modules/astro/bin/astro.mjs';
const vitest = 'node_modules/vitest/vitest.mjs';
const node = process.execPath;

/** @typedef {{ name: string, command: string[], env?: Record<string, string> }} Step */

/** Groups run one after another; the steps of a group run at the same time. @type {Step[][]} */
const GROUPS = [
  [{ name: 'lockfile', command: [node, 'tools/check-lockfile.mjs'] }],
  // Content types for everything after it, once for the whole run.
  [{ name: 'sync', command: [node, astro, 'sync'] }],
  [
    { name: 'types', command: [node, astro, 'check', '--noSync'] },
    { name: 'lint', command: [node, 'tools/lint.mjs'] },
    { name: 'format', command: [node, 'node_modules/prettier/bin/prettier.cjs', '--check', '.'] },
    { name: 'content', command: [node, 'tools/check-content.mjs'] },
    {
      name: 'unit',
      command: [node, vitest, 'run', '--project', 'unit'],
      env: { ASTRO_SYNCED: '1' },
    },
  ],
  [
    { name: 'build', command: [node, '--run', 'build'] },
    { name: 'build:subpath', command: [node, 'tools/build-subpath.mjs'] },
    // 2,000 generated entries, no search index: the page-weight test holds every page at scale.
    { name: 'build:scale', command: [node, 'tools/build-scale.mjs'] },
  ],
  // The build-output tests are light beside the browser tests, so both run at once.
  [
    { name: 'test:build', command: [node, vitest, 'run', '--project', 'build'] },
    { name: 'test:browser', command: [node, vitest, 'run', '--project', 'browser'] },
  ],
];

/** Vitest's closing «Tests  12 passed | 1 failed (13)» line, read from a step's output. */
function testCounts(/** @type {string} */ output) {
  // eslint-disable-next-line no-control-regex -- colour codes are control characters
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const line = plain.split('\n').find((text) => /^\s*Tests\s+\d/.test(text)) ?? '';
  const count = (/** @type {string} */ word) =>
    Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return { passed: count('passed'), failed: count('failed') };
}

/**
 * Runs one step with its output captured.
 * @param {Step} step
 * @returns {Promise<{ step: Step, code: number, seconds: number, output: string }>}
 */
function run(step) {
  const started = performance.now();
  return new Promise((done) => {
    const [command = node, ...args] = step.command;
    // `node --run build` runs the package.json script without npm's start-up cost.
    const child = spawn(command, args, {
      env: { ...process.env, FORCE_COLOR: process.env['FORCE_COLOR'] ?? '0', ...step.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      done({ step, code: code ?? 1, seconds: (performance.now() - started) / 1000, output }),
    );
  });
}

if (process.argv.includes('--list')) {
  for (const group of GROUPS) console.log(group.map((step) => step.name).join(' + '));
  process.exit(0);
}

// The browser tests need a browser the person has; say so before minutes of other steps.
const browser = findBrowser();
if ('error' in browser) {
  console.error(browser.error);
  process.exit(1);
}

const suiteStarted = performance.now();
/** @type {{ name: string, seconds: number, code: number }[]} */
const timings = [];
let passed = 0;
let failed = 0;
for (const group of GROUPS) {
  console.log(`\n▶ ${group.map((step) => step.name).join(' + ')}`);
  const results = await Promise.all(
    group.map((step) =>
      run(step).then((result) => {
        console.log(`\n── ${step.name} (${result.seconds.toFixed(1)} s, exit ${result.code}) ──`);
        process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
        return result;
      }),
    ),
  );
  for (const result of results) {
    timings.push({ name: result.step.name, seconds: result.seconds, code: result.code });
    const counts = testCounts(result.output);
    passed += counts.passed;
    failed += counts.failed;
  }
  if (results.some((result) => result.code !== 0)) break;
}

const total = (performance.now() - suiteStarted) / 1000;
console.log('\nStep times:');
for (const { name, seconds, code } of timings) {
  console.log(`  ${code === 0 ? '✓' : '✗'} ${name.padEnd(14)} ${seconds.toFixed(1).padStart(6)} s`);
}
console.log(`  total          ${total.toFixed(1).padStart(6)} s`);
const ok = timings.length === GROUPS.flat().length && timings.every((t) => t.code === 0);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
