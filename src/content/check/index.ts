import { isAbsolute, relative, resolve } from 'node:path';
import { COLLECTIONS } from '../collections';
import { checkContent } from './check';
import { formatReport } from './problem';
import { listFiles, readContentRoot } from './read-root';

/** Where the content and the site's pages are, as absolute paths. */
interface ProjectDirs {
  /** How messages name the content folder: relative to the project (`content`), else absolute. */
  contentLabel: string;
  contentDir: string;
  pagesDir: string;
  publicDir: string;
}

/** The result of checking a project's content, ready to print. */
interface ProjectCheck {
  ok: boolean;
  /** The report: every problem, or a one-line confirmation. */
  report: string;
  fileCount: number;
}

/** Reads and checks all content of a project (the entry point of tools/check-content.mjs). */
export function checkProject(dirs: ProjectDirs): ProjectCheck {
  const content = readContentRoot(dirs.contentDir);
  const { problems } = checkContent(
    {
      content,
      pageFiles: listFiles(dirs.pagesDir),
      publicFiles: listFiles(dirs.publicDir),
      rootLabel: dirs.contentLabel,
    },
    COLLECTIONS,
  );
  return problems.length > 0
    ? { ok: false, report: formatReport(problems), fileCount: content.length }
    : {
        ok: true,
        report: `Indholdet er i orden: ${content.length} filer kontrolleret.`,
        fileCount: content.length,
      };
}

/** The project's folders under `root`; `contentRoot` (e.g. `CONTENT_ROOT`) may point elsewhere. */
export function projectDirs(root: string, contentRoot = 'content'): ProjectDirs {
  const contentDir = resolve(root, contentRoot);
  const fromRoot = relative(root, contentDir);
  return {
    contentLabel: fromRoot.startsWith('..') || isAbsolute(fromRoot) ? contentDir : fromRoot,
    contentDir,
    pagesDir: resolve(root, 'src/pages'),
    publicDir: resolve(root, 'public'),
  };
}
