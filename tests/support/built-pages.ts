import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * The CMS app at /admin/: Decap's own markup and policy, not the site's pages. Its page and
 * CSP are tested in tests/unit/cms/ and tests/browser/cms.test.ts.
 */
const CMS_APP_FOLDER = 'admin';

/**
 * Every .html file under a built site, as paths relative to it (`forloeb/index.html`), leaving
 * out the CMS app.
 */
export function listHtmlFiles(siteDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (dir === siteDir && name === CMS_APP_FOLDER) return [];
      if (statSync(path).isDirectory()) return walk(path);
      return name.endsWith('.html') ? [relative(siteDir, path).split(sep).join('/')] : [];
    });
  return walk(siteDir).sort();
}

/** Parses one built page. `page` is relative to the site folder, e.g. `om/index.html`. */
export function readPage(siteDir: string, page: string): HTMLElement {
  return parse(readFileSync(join(siteDir, page), 'utf8'));
}
