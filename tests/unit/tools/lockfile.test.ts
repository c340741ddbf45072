import { describe, expect, it } from 'vitest';
import { lockfileProblems, resolveLocked } from '../../../tools/lockfile.mjs';

const manifest = { dependencies: { tool: '^1.0.0' }, devDependencies: { check: '^2.0.0' } };

/** A complete lockfile for `manifest`: `tool` has one binary per platform. */
function completeLock() {
  return {
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { tool: '^1.0.0' }, devDependencies: { check: '^2.0.0' } },
      'node_modules/tool': {
        version: '1.2.0',
        optionalDependencies: { 'tool-linux-x64': '1.2.0', 'tool-darwin-arm64': '1.2.0' },
      },
      'node_modules/tool-linux-x64': { version: '1.2.0' },
      'node_modules/tool-darwin-arm64': { version: '1.2.0' },
      'node_modules/check': { version: '2.0.1' },
    } as Record<string, object>,
  };
}

describe('lockfileProblems', () => {
  it('accepts a lockfile that locks every platform package and matches package.json', () => {
    expect(lockfileProblems(manifest, completeLock())).toEqual([]);
  });

  it('names the platform package that is missing from the lockfile', () => {
    const lock = completeLock();
    delete lock.packages['node_modules/tool-darwin-arm64'];
    expect(lockfileProblems(manifest, lock)).toEqual([
      'node_modules/tool has the optional dependency tool-darwin-arm64, which is not locked.',
    ]);
  });

  it('reports a dependency that package.json declares and the lockfile lacks', () => {
    const problems = lockfileProblems(
      { ...manifest, dependencies: { ...manifest.dependencies, extra: '^3.0.0' } },
      completeLock(),
    );
    expect(problems).toEqual([
      'dependencies in package.json has extra@^3.0.0, the lockfile does not.',
    ]);
  });

  it('reports a range in package.json that differs from the locked one', () => {
    const problems = lockfileProblems(
      { ...manifest, devDependencies: { check: '^3.0.0' } },
      completeLock(),
    );
    expect(problems).toEqual([
      'devDependencies in package.json asks for check@^3.0.0, the lockfile for check@^2.0.0.',
    ]);
  });

  it('reports a dependency the lockfile still lists after package.json dropped it', () => {
    const problems = lockfileProblems({ dependencies: { tool: '^1.0.0' } }, completeLock());
    expect(problems).toEqual([
      'The lockfile still has check in devDependencies, package.json does not.',
    ]);
  });

  it('refuses a lockfile of an older format', () => {
    expect(lockfileProblems(manifest, { lockfileVersion: 2 })).toHaveLength(1);
  });
});

describe('resolveLocked', () => {
  const packages = {
    'node_modules/a': {},
    'node_modules/a/node_modules/b': {},
    'node_modules/b': {},
    'node_modules/c': {},
  };

  it('prefers a copy nested under the requiring package', () => {
    expect(resolveLocked(packages, 'node_modules/a', 'b')).toBe('node_modules/a/node_modules/b');
  });

  it('falls back to the parent folders and then the root', () => {
    expect(resolveLocked(packages, 'node_modules/a/node_modules/b', 'c')).toBe('node_modules/c');
  });

  it('finds nothing for a package that is not locked anywhere', () => {
    expect(resolveLocked(packages, 'node_modules/a', 'missing')).toBeUndefined();
  });
});
