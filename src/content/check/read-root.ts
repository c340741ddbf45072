import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FoundFile } from './files';

/** Every file below `dir` (at any depth), relative to it with `/` separators; none if absent. */
export function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .sort();
  } catch {
    return [];
  }
}

/** Reads every file under the content root. */
export function readContentRoot(root: string): FoundFile[] {
  return listFiles(root).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}
