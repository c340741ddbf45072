import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FoundFile } from './files';
import { MAX_FILE_BYTES } from './limits';

/** The entries below `dir`; a symbolic link to a folder is an entry, never entered. */
function walk(dir: string, found: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else found.push(full);
  }
  return found;
}

/**
 * Every file below `dir` (at any depth), relative to it with `/` separators; none if absent.
 * Symbolic links are listed as files and never followed (Node's own recursive listing follows
 * a link to a folder, which may lie outside the project or loop back on itself).
 */
export function listFiles(dir: string): string[] {
  try {
    return walk(dir, [])
      .map((file) => relative(dir, file).split(sep).join('/'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Reads every file under the content root. A symbolic link (to a file or a folder) or any
 * other entry that is not a plain file is listed but never followed or read, and a file over
 * the size limit is not read either: the check refuses both by name.
 */
export function readContentRoot(root: string): FoundFile[] {
  return listFiles(root).map((path): FoundFile => {
    const full = join(root, path);
    const stats = lstatSync(full);
    if (stats.isSymbolicLink()) return { path, text: '', kind: 'symlink' };
    if (!stats.isFile()) return { path, text: '', kind: 'special' };
    if (stats.size > MAX_FILE_BYTES) return { path, text: '', size: stats.size };
    return { path, text: readFileSync(full, 'utf8') };
  });
}
