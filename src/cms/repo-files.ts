import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../content/collections';

/** A file of Decap's in-memory test backend (`window.repoFiles`), nested by path segment. */
interface RepoFile {
  path: string;
  content: string;
}
export type RepoTree = { [segment: string]: RepoTree | RepoFile };

/**
 * The content folders as Decap's test backend holds them (`window.repoFiles.content`), so the
 * try-out CMS (no backend configured) opens the real entries. Paths are those of the CMS
 * configuration (`content/<folder>/…`).
 */
export function contentRepoTree(contentRoot: string): RepoTree {
  const content: RepoTree = {};
  for (const { folder, extension } of Object.values(COLLECTIONS)) {
    const dir = join(contentRoot, folder);
    const files: RepoTree = {};
    for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
      if (!name.endsWith(extension)) continue;
      files[name] = {
        path: `content/${folder}/${name}`,
        content: readFileSync(join(dir, name), 'utf8'),
      };
    }
    content[folder] = files;
  }
  return content;
}

/**
 * The script the try-out admin page loads before Decap's bundle. The test backend lists a folder
 * by its whole path (`repoFiles['content/pathways']`) but reads and writes files segment by
 * segment (`repoFiles.content.pathways`), so each folder object is reachable both ways.
 */
export const repoFilesScript = (content: RepoTree): string =>
  [
    '(() => {',
    `  const content = ${JSON.stringify(content)};`,
    '  window.repoFiles = { content };',
    "  for (const folder of Object.keys(content)) window.repoFiles['content/' + folder] = content[folder];",
    '})();',
    '',
  ].join('\n');
