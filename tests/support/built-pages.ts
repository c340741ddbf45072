import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every .html file under a built site, as paths relative to it (`forloeb/index.html`). */
export function listHtmlFiles(siteDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return name.endsWith('.html') ? [relative(siteDir, path).split(sep).join('/')] : [];
    });
  return walk(siteDir).sort();
}

/** Parses one built page. `page` is relative to the site folder, e.g. `om/index.html`. */
export function readPage(siteDir: string, page: string): HTMLElement {
  return parse(readFileSync(join(siteDir, page), 'utf8'));
}
