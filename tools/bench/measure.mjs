// Runs a command and measures its wall time, CPU time and peak memory. Peak memory is the largest
// resident set of any single process in the command's tree (what the machine must have free).
// Both figures come from GNU time (`%M`, `%U + %S`) when /usr/bin/time exists, and from sampling
// /proc every 100 ms; the larger of the two is kept. Sampling matters for processes the command
// starts but never waits for, such as Pagefind's indexing service: GNU time cannot see those.
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
 * @property {number} cpuMs user + system CPU time of the whole process tree
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

const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) a process has used so far, in milliseconds; 0 when it is gone.
 * @param {number} pid
 */
function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
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
  /** @type {Map<number, number>} CPU ms last seen per process of the tree */
  const sampledCpu = new Map();
  const sampler = setInterval(() => {
    /** @type {number[]} */
    const queue = child.pid === undefined ? [] : [child.pid];
    while (queue.length > 0) {
      const pid = /** @type {number} */ (queue.pop());
      sampledPeak = Math.max(sampledPeak, peakOf(pid));
      sampledCpu.set(pid, Math.max(sampledCpu.get(pid) ?? 0, cpuOf(pid)));
      queue.push(...childPids(pid));
    }
  }, 100);
  const status = await new Promise((done) => child.on('close', (code) => done(code ?? 1)));
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  let peakKb = sampledPeak;
  let cpuMs = [...sampledCpu.values()].reduce((sum, ms) => sum + ms, 0);
  if (gnu) {
    // GNU time writes «Command exited with non-zero status N» before the figures on failure.
    const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
    const [rss = 0, user = Number.NaN, system = Number.NaN] = (lines.at(-1) ?? '')
      .split(' ')
      .map(Number);
    peakKb = Math.max(peakKb, rss);
    if (Number.isFinite(user + system)) cpuMs = Math.max(cpuMs, (user + system) * 1000);
  }
  rmSync(scratch, { recursive: true, force: true });
  return { status, wallMs, peakKb, cpuMs, output: chunks.join('') };
}
