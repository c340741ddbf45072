// Checks all content without building pages: `astro sync` validates every file against its
// schema (and names the file and field), then the cross-entry checks of src/content/integrity.ts
// run over the synced data store (missing references, duplicate ids).
//
//   node tools/check-content.mjs            the project's own content/
//   node tools/check-content.mjs --root DIR  another Astro root (test fixtures)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as devalue from 'devalue';
import { findContentProblems, formatProblems } from '../src/content/integrity.ts';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const projectRoot = resolve(import.meta.dirname, '..');
const root = resolve(values.root ?? projectRoot);
const cacheDir = mkdtempSync(join(tmpdir(), 'content-check-'));

try {
  const sync = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', root],
    { encoding: 'utf8', env: { ...process.env, ASTRO_CACHE_DIR: cacheDir } },
  );
  // Astro only warns when two files get the same id, then silently keeps one of them.
  const duplicates = duplicateSlugProblems(sync.stdout + sync.stderr);
  if (sync.status === 0 && duplicates.length > 0) {
    process.stderr.write(
      `Indholdet har ${duplicates.length} fejl:\n${formatProblems(duplicates)}\n`,
    );
    process.exit(1);
  }
  if (sync.status !== 0) {
    process.stderr.write(sync.stdout + sync.stderr);
    process.stderr.write('\nIndholdet kunne ikke valideres (se fejlen ovenfor).\n');
    process.exit(1);
  }
  /** @type {Map<string, Map<string, { id: string, filePath?: string, data: unknown }>>} */
  const store = devalue.parse(readFileSync(join(cacheDir, 'data-store.json'), 'utf8'));
  // Astro keeps its own bookkeeping in collections named `meta::…`; skip those.
  const entries = [...store.entries()]
    .filter(([collection]) => !collection.includes('::'))
    .flatMap(([collection, items]) => [...items.values()].map((item) => ({ ...item, collection })));
  const problems = findContentProblems(entries);
  if (problems.length > 0) {
    process.stderr.write(`Indholdet har ${problems.length} fejl:\n${formatProblems(problems)}\n`);
    process.exit(1);
  }
  console.log(`Indholdet er i orden: ${entries.length} filer kontrolleret.`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}

/**
 * Reads Astro's «multiple entries with the same slug» warnings and turns each into a problem
 * that names the files involved.
 * @param {string} output
 */
function duplicateSlugProblems(output) {
  const pattern =
    /multiple entries with the same slug: `([^`]+)`[\s\S]*?Entries:\s*\n((?:- .*\n?)+)/g;
  return [...output.matchAll(pattern)].flatMap(([, slug, list = '']) => {
    const files = list
      .split('\n')
      .map((line) => line.replace(/^- /, '').trim())
      .filter(Boolean);
    return files.slice(1).map((file) => ({
      file,
      field: 'id',
      message: `giver samme id «${slug}» som ${files[0]}; omdøb den ene fil`,
    }));
  });
}
