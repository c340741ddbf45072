import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One commit that changed a content file. */
export interface Change {
  /** Calendar day of the commit (UTC), 'YYYY-MM-DD'. */
  day: string;
}

/**
 * The change history of every content file, from git, read once per build.
 * `complete: false` when the clone has no usable history (a shallow clone, no git, or
 * no repository): pages then say so instead of showing a wrong date.
 */
export interface ContentHistory {
  complete: boolean;
  /** Content file within the content folder (e.g. `cases/liva.mdx`) → changes, newest first. */
  files: Map<string, Change[]>;
}

const git = (cwd: string, args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** Parses `git log --format=%aI` output into days, newest first. */
export function parseLog(output: string): Change[] {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\d{4}-\d{2}-\d{2}T/.test(line))
    .map((line) => ({ day: new Date(line).toISOString().slice(0, 10) }));
}

/** Reads the history of every file under `contentDir` (one `git log --follow` per file). */
export function readContentHistory(contentDir: string): ContentHistory {
  const empty: ContentHistory = { complete: false, files: new Map() };
  let top: string;
  try {
    top = git(contentDir, ['rev-parse', '--show-toplevel']).trim();
    if (git(contentDir, ['rev-parse', '--is-shallow-repository']).trim() === 'true') return empty;
  } catch {
    return empty;
  }
  const files = new Map<string, Change[]>();
  for (const folder of readdirSync(contentDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(contentDir, folder.name))) {
      const path = relative(top, join(contentDir, folder.name, name))
        .split('\\')
        .join('/');
      try {
        files.set(
          `${folder.name}/${name}`,
          parseLog(git(top, ['log', '--follow', '--format=%aI', '--', path])),
        );
      } catch {
        return empty;
      }
    }
  }
  return { complete: true, files };
}

let cached: ContentHistory | undefined;

/** The history of the content being built (CONTENT_ROOT or content/), read on first use. */
export function contentHistory(): ContentHistory {
  cached ??= readContentHistory(process.env['CONTENT_ROOT'] ?? join(process.cwd(), 'content'));
  return cached;
}
