// Checks that package-lock.json can install this project on every platform: it is in step with
// package.json, and every optional dependency of every locked package (the per-platform binaries
// of esbuild, Rollup, Tailwind's oxide, Pagefind, Astro's compiler, …) has an entry. A lockfile
// written on one machine without them makes `npm ci` fail on another platform, or with npm 11.

/** @typedef {{ version?: string, dependencies?: Record<string, string>, devDependencies?: Record<string, string>, optionalDependencies?: Record<string, string>, peerDependencies?: Record<string, string> }} LockedPackage */
/** @typedef {{ lockfileVersion?: number, packages?: Record<string, LockedPackage> }} Lockfile */
/** @typedef {{ dependencies?: Record<string, string>, devDependencies?: Record<string, string>, optionalDependencies?: Record<string, string> }} Manifest */

const DEPENDENCY_FIELDS = /** @type {const} */ ([
  'dependencies',
  'devDependencies',
  'optionalDependencies',
]);

/**
 * Where Node would find `name` when required from the package installed at `from`
 * (`node_modules/a/node_modules/b`): its own node_modules, then each parent's, then the root's.
 * @param {Record<string, LockedPackage>} packages
 * @param {string} from
 * @param {string} name
 * @returns {string | undefined}
 */
export function resolveLocked(packages, from, name) {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (candidate in packages) return candidate;
    if (dir === '') return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

/**
 * Every reason the lockfile cannot install the project everywhere, as sentences; empty when
 * it can.
 * @param {Manifest} manifest package.json
 * @param {Lockfile} lock package-lock.json
 * @returns {string[]}
 */
export function lockfileProblems(manifest, lock) {
  if (lock.lockfileVersion !== 3 || !lock.packages) {
    return ['package-lock.json is not a lockfile version 3 with a "packages" map.'];
  }
  const packages = lock.packages;
  const problems = [];
  const root = packages[''] ?? {};
  for (const field of DEPENDENCY_FIELDS) {
    const declared = manifest[field] ?? {};
    const locked = root[field] ?? {};
    for (const [name, range] of Object.entries(declared)) {
      if (locked[name] !== range) {
        problems.push(
          locked[name] === undefined
            ? `${field} in package.json has ${name}@${range}, the lockfile does not.`
            : `${field} in package.json asks for ${name}@${range}, the lockfile for ${name}@${locked[name]}.`,
        );
      } else if (resolveLocked(packages, '', name) === undefined) {
        problems.push(`${name} is declared but has no locked package.`);
      }
    }
    for (const name of Object.keys(locked)) {
      if (!(name in declared)) {
        problems.push(`The lockfile still has ${name} in ${field}, package.json does not.`);
      }
    }
  }
  for (const [location, entry] of Object.entries(packages)) {
    if (location === '') continue;
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (resolveLocked(packages, location, name) === undefined) {
        problems.push(`${location} has the optional dependency ${name}, which is not locked.`);
      }
    }
  }
  return problems;
}
