import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
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
  /** The folder of source texts quotations are checked against; undefined when there is none. */
  sourceTextsDir: string | undefined;
}

/** The result of checking a project's content, ready to print. */
interface ProjectCheck {
  ok: boolean;
  /** The report: every problem, or a one-line confirmation. */
  report: string;
  fileCount: number;
  /** Remarks for the developer log, never for readers (e.g. quotations that were not checked). */
  notices: string[];
}

/**
 * Reads source texts from `dir` by file name, each once. Only plain file names are read (a
 * source's `seedFile` is one by its schema), never a path that leaves the folder.
 */
export function sourceTextReader(dir: string): (fileName: string) => string | undefined {
  const texts = new Map<string, string | undefined>();
  return (fileName) => {
    if (!texts.has(fileName)) {
      const path = join(dir, fileName);
      const plain = /^[\w.-]+$/.test(fileName) && !fileName.startsWith('.');
      texts.set(fileName, plain && existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    }
    return texts.get(fileName);
  };
}

/**
 * The folder of source texts: `SOURCE_TEXTS_DIR` (relative to the project, or absolute; `off`
 * for none), else `../shared/seeds` beside the project when it exists, else none.
 */
export function sourceTextsDir(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const configured = env['SOURCE_TEXTS_DIR'];
  if (configured === 'off') return undefined;
  const dir = resolve(root, configured ?? '../shared/seeds');
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}

/** Reads and checks all content of a project (the entry point of tools/check-content.mjs). */
export function checkProject(dirs: ProjectDirs): ProjectCheck {
  const content = readContentRoot(dirs.contentDir);
  const { problems, notices } = checkContent(
    {
      content,
      pageFiles: listFiles(dirs.pagesDir),
      publicFiles: listFiles(dirs.publicDir),
      rootLabel: dirs.contentLabel,
      ...(dirs.sourceTextsDir === undefined
        ? {}
        : {
            readSourceText: sourceTextReader(dirs.sourceTextsDir),
            sourceTextsLabel: dirs.sourceTextsDir,
          }),
    },
    COLLECTIONS,
  );
  return problems.length > 0
    ? { ok: false, report: formatReport(problems), fileCount: content.length, notices }
    : {
        ok: true,
        report: `Indholdet er i orden: ${content.length} filer kontrolleret.`,
        fileCount: content.length,
        notices,
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
    sourceTextsDir: sourceTextsDir(root),
  };
}
