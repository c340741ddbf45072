import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS } from '../../src/content/collections';
import { checkContent } from '../../src/content/check/check';
import type { FoundFile } from '../../src/content/check/files';
import { formatReport } from '../../src/content/check/problem';
import { listFiles, readContentRoot } from '../../src/content/check/read-root';
import { sourceTextReader, sourceTextsDir } from '../../src/content/check/index';

const projectRoot = resolve(import.meta.dirname, '../..');
const realContent = readContentRoot(join(projectRoot, 'content'));
/** Every `evidence` quotation the real cases make, joined into one text. */
function realQuotations(): string {
  return realContent
    .filter((file) => file.path.startsWith('cases/'))
    .flatMap((file) => {
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file.text)?.[1] ?? '';
      const assessment = (parse(frontMatter) as { assessment?: object } | null)?.assessment ?? {};
      return Object.values(assessment).flatMap(
        (parameter: { evidence?: string[] }) => parameter.evidence ?? [],
      );
    })
    .join('\n');
}

// The source texts the build checks quotations against (../shared/seeds beside the project).
// A clone without them (anywhere but the project's own workspace) stands in for each text with
// the quotations the real cases make, so the real content passes and a fixture that changes or
// invents a quotation is still refused for the reason it is there to show.
const textsDir = sourceTextsDir(projectRoot);
const readSourceText = textsDir === undefined ? realQuotations : sourceTextReader(textsDir);

/** A throwaway Astro root: the project's code and content (copied), plus extra files. */
export interface FixtureRoot {
  dir: string;
  /** Writes a file relative to the fixture root (e.g. `content/cases/x.mdx`). */
  write: (relativePath: string, text: string) => void;
  remove: () => void;
}

/**
 * Makes a fixture root that has its own copy of the project's code and
 * `content/`, its own `.astro/` and cache, so it never disturbs the real build.
 */
export function makeFixtureRoot(): FixtureRoot {
  const dir = mkdtempSync(join(tmpdir(), 'rehab-fixture-'));
  // Code is copied, not linked: Vite resolves symlinks to real paths and then loses
  // track of component styles. Only node_modules is shared.
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  for (const name of [
    'src',
    'public',
    'content',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  return {
    dir,
    write: (relativePath, text) => {
      const target = join(dir, relativePath);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The result of a command run on a fixture. */
export interface RunResult {
  status: number | null;
  output: string;
}

/**
 * Runs the in-process content check on the real content with `extra` files added (or put in
 * place of a real file at the same path) and the real files of `removedFolders` left out, as
 * the build would see it. Returns the report.
 */
export function checkWithFiles(
  extra: readonly FoundFile[],
  removedFolders: readonly string[] = [],
): { ok: boolean; report: string } {
  const added = new Set(extra.map((file) => file.path));
  const kept = realContent.filter(
    (file) =>
      !added.has(file.path) && !removedFolders.some((folder) => file.path.startsWith(`${folder}/`)),
  );
  const { problems } = checkContent(
    {
      content: [...kept, ...extra],
      pageFiles: listFiles(join(projectRoot, 'src/pages')),
      publicFiles: listFiles(join(projectRoot, 'public')),
      readSourceText,
    },
    COLLECTIONS,
  );
  return { ok: problems.length === 0, report: problems.length === 0 ? '' : formatReport(problems) };
}

/**
 * Runs `npm run check:content` on a fixture root's content folder, as an editor would on the
 * command line: the exit status and what it printed.
 */
export function runContentCheck(root: string): RunResult {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'tools/check-content.mjs'), '--content', join(root, 'content')],
    { encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * Runs a full `astro build` of a fixture root into its own dist/, with `env` added. It runs in
 * the fixture root: Astro renders pages in `.astro/.prerender/` of the working folder when the
 * output folder lies outside it, so fixture builds started from the project shared one folder.
 */
export function buildFixture(root: string, env: Record<string, string> = {}): RunResult {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_OUT_DIR: join(root, 'dist'),
        ASTRO_CACHE_DIR: join(root, '.cache'),
        BUILD_DATE: '2026-11-23',
        ...env,
      },
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
