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

/** Marks the start of a commit in the log: NUL, then the author date. */
const COMMIT_MARK = '\u0000';

/**
 * Reads `git log --format=%x00%aI --name-status -M` (newest commit first) into the changes of
 * each of `currentFiles` (paths from the repository's top), following renames back in time
 * the way `git log --follow` does for one file.
 */
export function parseHistory(
  output: string,
  currentFiles: readonly string[],
): Map<string, Change[]> {
  const changes = new Map<string, Change[]>(currentFiles.map((file) => [file, []]));
  // What each current file was called at the point of history being read.
  const names = new Map<string, string>(currentFiles.map((file) => [file, file]));
  for (const commit of output.split(COMMIT_MARK).slice(1)) {
    const [dateLine = '', ...lines] = commit.split('\n');
    const [change] = parseLog(dateLine);
    if (!change) continue;
    for (const line of lines) {
      const [status = '', path = '', renamedTo] = line.split('\t');
      const current = names.get(renamedTo ?? path);
      if (current === undefined) continue;
      changes.get(current)?.push(change);
      // Before a rename the file had its old name.
      if (status.startsWith('R') && renamedTo !== undefined) {
        names.delete(renamedTo);
        names.set(path, current);
      }
    }
  }
  return changes;
}

/**
 * Reads the history of every file under `contentDir` with one `git log` over the repository
 * (one call per file took minutes with thousands of entries). When `contentDir` is a copy of a
 * tracked folder (a test build's content with new entries added), `trackedDir` names that
 * folder: each file has the history of its namesake there, and a file only the copy has has
 * none, as an editor's new file has before it is committed.
 */
export function readContentHistory(contentDir: string, trackedDir = contentDir): ContentHistory {
  const empty: ContentHistory = { complete: false, files: new Map() };
  let top: string;
  try {
    top = git(trackedDir, ['rev-parse', '--show-toplevel']).trim();
    if (git(trackedDir, ['rev-parse', '--is-shallow-repository']).trim() === 'true') return empty;
  } catch {
    return empty;
  }
  const current = new Map<string, string>();
  for (const folder of readdirSync(contentDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(contentDir, folder.name))) {
      const path = relative(top, join(trackedDir, folder.name, name))
        .split('\\')
        .join('/');
      current.set(path, `${folder.name}/${name}`);
    }
  }
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%aI', '--name-status', '-M'], {
      cwd: top,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1024 * 1024 * 1024,
    });
  } catch {
    return empty;
  }
  const byPath = parseHistory(log, [...current.keys()]);
  const files = new Map<string, Change[]>();
  for (const [path, file] of current) files.set(file, byPath.get(path) ?? []);
  return { complete: true, files };
}

let cached: ContentHistory | undefined;

/**
 * The history of the content being built (CONTENT_ROOT or content/), read on first use;
 * `CONTENT_HISTORY_ROOT` names the tracked folder when CONTENT_ROOT is a copy of it.
 */
export function contentHistory(): ContentHistory {
  const contentDir = process.env['CONTENT_ROOT'] ?? join(process.cwd(), 'content');
  cached ??= readContentHistory(contentDir, process.env['CONTENT_HISTORY_ROOT'] ?? contentDir);
  return cached;
}
