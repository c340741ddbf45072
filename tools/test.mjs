// `npm test`: the whole suite. Each step starts as soon as the steps it needs have passed, so
// the two cores stay busy: the 2,000-entry scale build runs beside the checks, and the
// build-output and browser tests start as soon as `dist/` and `dist-rehab/` exist, while the
// tests of the scale build wait for it. Each step's output is printed when it ends, with its
// time; the first failure stops the steps still running and the ones not started.
//
//   node tools/test.mjs            every step
//   node tools/test.mjs --list     the steps and what each waits for, without running them
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { findBrowser } from './find-browser.mjs';
import { SCALE_TEST_FILES } from './scale.mjs';

const astro = 'node_modules/astro/bin/astro.mjs';
const vitest = 'node_modules/vitest/vitest.mjs';
const node = process.execPath;
const exclude = SCALE_TEST_FILES.flatMap((file) => ['--exclude', file]);

/**
 * @typedef {{ name: string, command: string[], needs?: string[], env?: Record<string, string> }} Step
 */

/**
 * Every step, in the order they are started when ready (longest first among the ready ones).
 * @type {Step[]}
 */
const STEPS = [
  { name: 'lockfile', command: [node, 'tools/check-lockfile.mjs'] },
  // Content types for everything after it, once for the whole run.
  { name: 'sync', command: [node, astro, 'sync'], needs: ['lockfile'] },
  // 2,000 generated entries, no search index: the page-weight test holds every page at scale.
  { name: 'build:scale', command: [node, 'tools/build-scale.mjs'], needs: ['sync'] },
  { name: 'build', command: [node, '--run', 'build'], needs: ['sync'] },
  { name: 'build:subpath', command: [node, 'tools/build-subpath.mjs'], needs: ['sync'] },
  {
    name: 'test:browser',
    command: [node, vitest, 'run', '--project', 'browser', ...exclude],
    needs: ['build', 'build:subpath'],
  },
  {
    name: 'test:build',
    command: [node, vitest, 'run', '--project', 'build', ...exclude],
    needs: ['build', 'build:subpath'],
  },
  { name: 'types', command: [node, astro, 'check', '--noSync'], needs: ['sync'] },
  {
    name: 'unit',
    command: [node, vitest, 'run', '--project', 'unit'],
    needs: ['sync'],
    env: { ASTRO_SYNCED: '1' },
  },
  { name: 'lint', command: [node, 'tools/lint.mjs'], needs: ['sync'] },
  { name: 'format', command: [node, 'node_modules/prettier/bin/prettier.cjs', '--check', '.'] },
  { name: 'content', command: [node, 'tools/check-content.mjs'] },
  {
    name: 'test:scale',
    command: [node, vitest, 'run', ...SCALE_TEST_FILES],
    needs: ['build:scale', 'build', 'build:subpath'],
  },
];

/**
 * How many steps run at once. Two cores, but the browser tests wait on pages and the builds on
 * the disk, so a third and fourth step fill the gaps; more would only make each one slower.
 */
const MAX_RUNNING = 4;

/** Vitest's closing «Tests  12 passed | 1 failed (13)» line, read from a step's output. */
function testCounts(/** @type {string} */ output) {
  // eslint-disable-next-line no-control-regex -- colour codes are control characters
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const line = plain.split('\n').find((text) => /^\s*Tests\s+\d/.test(text)) ?? '';
  const count = (/** @type {string} */ word) =>
    Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return { passed: count('passed'), failed: count('failed') };
}

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

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
      // Its own process group, so a stop ends the browsers and servers it started too.
      detached: true,
    });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => {
      running.delete(child);
      done({
        step,
        code: code ?? (signal ? 1 : 0),
        seconds: (performance.now() - started) / 1000,
        output,
      });
    });
  });
}

if (process.argv.includes('--list')) {
  for (const step of STEPS) {
    console.log(`${step.name.padEnd(14)} after ${step.needs?.join(', ') || '(start)'}`);
  }
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
let stopped = false;
const done = new Set();
const started = new Set();

await new Promise((finish) => {
  const startReady = () => {
    if (stopped) {
      if (running.size === 0) finish(undefined);
      return;
    }
    for (const step of STEPS) {
      if (running.size >= MAX_RUNNING) break;
      if (started.has(step.name) || !(step.needs ?? []).every((need) => done.has(need))) continue;
      started.add(step.name);
      console.log(`▶ ${step.name}`);
      run(step).then((result) => {
        console.log(`\n── ${step.name} (${result.seconds.toFixed(1)} s, exit ${result.code}) ──`);
        process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
        timings.push({ name: step.name, seconds: result.seconds, code: result.code });
        const counts = testCounts(result.output);
        passed += counts.passed;
        failed += counts.failed;
        if (result.code === 0) done.add(step.name);
        else if (!stopped) {
          stopped = true;
          console.log(`\n✗ ${step.name} failed: stopping the steps still running`);
          for (const child of running) {
            if (child.pid) process.kill(-child.pid, 'SIGTERM');
          }
        }
        startReady();
      });
    }
    if (running.size === 0) finish(undefined);
  };
  startReady();
});

const total = (performance.now() - suiteStarted) / 1000;
console.log('\nStep times:');
for (const { name, seconds, code } of timings) {
  console.log(`  ${code === 0 ? '✓' : '✗'} ${name.padEnd(14)} ${seconds.toFixed(1).padStart(6)} s`);
}
console.log(`  total          ${total.toFixed(1).padStart(6)} s`);
const ok = done.size === STEPS.length;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
