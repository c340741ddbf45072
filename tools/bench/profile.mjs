// Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function and per code
// area (a package in node_modules, a folder of the project, Node internals, garbage collection).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} ProfileNode
 * @property {number} id
 * @property {{ functionName: string, url: string, lineNumber: number }} callFrame
 * @property {number[]} [children]
 *
 * @typedef {object} CpuProfile
 * @property {ProfileNode[]} nodes
 * @property {number[]} samples
 * @property {number[]} timeDeltas microseconds
 *
 * @typedef {{ name: string, ms: number, share: number }} Hotspot
 */

/**
 * The code area a script URL belongs to: `pkg:<name>` for node_modules, `site:<folder>` for the
 * project (src/lib, src/components/pathway, …), `node` for Node internals, else the special name.
 * @param {string} url
 * @param {string} functionName
 * @returns {string}
 */
export function areaOf(url, functionName) {
  if (url === '') {
    return functionName.startsWith('(') ? functionName : '(native)';
  }
  if (url.startsWith('node:')) return 'node';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  // The last node_modules segment is the package that owns the code.
  const all = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  if (modules && all.length > 0) return `pkg:${all.at(-1)?.[1] ?? modules[1]}`;
  const site = /\/(src\/(?:components|lib|pages|layouts|scripts)\/?[^/]*)/.exec(url);
  if (site) return `site:${site[1]}`;
  const chunk = /\/(dist|\.prerender|chunks|pages)\//.exec(url);
  if (chunk) return 'site:bundled';
  return url.replace(/^file:\/\//, '');
}

/**
 * Self time per function and per area, largest first.
 * @param {CpuProfile} profile
 * @param {number} [top]
 * @returns {{ totalMs: number, functions: Hotspot[], areas: Hotspot[] }}
 */
export function summariseProfile(profile, top = 20) {
  /** @type {Map<number, ProfileNode>} */
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const selfUs = new Map();
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  let total = 0;
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  /** @type {Map<string, number>} */
  const byArea = new Map();
  for (const [id, us] of selfUs) {
    const node = nodes.get(id);
    if (!node) continue;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url
      .replace(/^.*\/node_modules\//, '')
      .replace(/^file:\/\/.*?\/(src|scripts)\//, '$1/');
    const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const area = areaOf(url, functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
  }
  /** @param {Map<string, number>} map */
  const ranked = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: total > 0 ? us / total : 0 }));
  return { totalMs: total / 1000, functions: ranked(byFunction), areas: ranked(byArea) };
}

/** Prints the CPU profile summary of the profiled build. @param {string} dir */
export function printProfile(dir) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))) {
    const summary = summariseProfile(JSON.parse(readFileSync(join(dir, name), 'utf8')), 25);
    console.log(
      `\nCPU profile ${join(dir, name)} (${(summary.totalMs / 1000).toFixed(1)} s sampled)`,
    );
    console.log('Self time by area:');
    for (const area of summary.areas) {
      console.log(
        `  ${(area.share * 100).toFixed(1).padStart(5)} %  ${area.ms.toFixed(0).padStart(7)} ms  ${area.name}`,
      );
    }
    console.log('Self time by function:');
    for (const fn of summary.functions) {
      console.log(
        `  ${(fn.share * 100).toFixed(1).padStart(5)} %  ${fn.ms.toFixed(0).padStart(7)} ms  ${fn.name}`,
      );
    }
  }
}
