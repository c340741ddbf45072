// Runs a command and measures its wall time and peak memory. Peak memory is the largest resident
// set of any single process in the command's tree (what the machine must have free), taken from
// GNU time's `%M` when /usr/bin/time exists, otherwise by sampling VmHWM in /proc.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/**
 * @typedef {object} Measured
 * @property {number} status exit code (1 when killed by a signal)
 * @property {number} wallMs
 * @property {number} peakKb largest resident set size of one process, in KiB
 * @property {number} cpuMs user + system CPU time of the whole tree (NaN without GNU time)
 * @property {string} output stdout and stderr, interleaved
 */

/** True when /usr/bin/time is GNU time (it supports `-f` and `-o`). */
function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  try {
    return readFileSync(GNU_TIME).includes('GNU');
  } catch {
    return false;
  }
}

/**
 * Children of a process, from /proc/<pid>/task/<tid>/children.
 * @param {number} pid
 * @returns {number[]}
 */
function childPids(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * VmHWM (peak RSS) of one process in KiB, 0 when it is gone.
 * @param {number} pid
 */
function peakOf(pid) {
  try {
    const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `command args` with `env` in `cwd`, streaming nothing, and returns its figures.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, echo?: boolean }} [options]
 * @returns {Promise<Measured>}
 */
export async function runMeasured(command, args, options = {}) {
  const gnu = hasGnuTime();
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const [file, argv] = gnu
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
    : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  /** @type {string[]} */
  const chunks = [];
  const collect = (/** @type {Buffer} */ chunk) => {
    chunks.push(chunk.toString());
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let sampledPeak = 0;
  const sampler = gnu
    ? undefined
    : setInterval(() => {
        /** @type {number[]} */
        const queue = child.pid === undefined ? [] : [child.pid];
        while (queue.length > 0) {
          const pid = /** @type {number} */ (queue.pop());
          sampledPeak = Math.max(sampledPeak, peakOf(pid));
          queue.push(...childPids(pid));
        }
      }, 100);
  const status = await new Promise((done) => child.on('close', (code) => done(code ?? 1)));
  const wallMs = performance.now() - started;
  if (sampler) clearInterval(sampler);
  let peakKb = sampledPeak;
  let cpuMs = Number.NaN;
  if (gnu) {
    // GNU time writes «Command exited with non-zero status N» before the figures on failure.
    const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
    const [rss = 0, user = Number.NaN, system = Number.NaN] = (lines.at(-1) ?? '')
      .split(' ')
      .map(Number);
    peakKb = rss;
    cpuMs = (user + system) * 1000;
  }
  rmSync(scratch, { recursive: true, force: true });
  return { status, wallMs, peakKb, cpuMs, output: chunks.join('') };
}
