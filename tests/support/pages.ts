import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBasePath } from '../../src/site/base-path.mjs';
import { urlPathForFile } from './link-check';
import { listHtmlFiles } from './built-pages';

/** One HTML page of a built site. */
export interface SitePage {
  /** The file, relative to the site folder: `cases/index.html`, `404.html`. */
  file: string;
  /** Where it is served, without the base: `/cases/`, `/404.html`. */
  path: string;
  /** Whether the sitemap lists it (404.html never is). */
  inSitemap: boolean;
}

/** Every page of a built site, and how its sitemap and its files disagree. */
export interface SitePages {
  /** Sitemap pages and every other HTML file found on disk, sorted by path. */
  pages: SitePage[];
  /** Sitemap URLs that have no file (or lie outside the base). */
  sitemapWithoutFile: string[];
  /** HTML files that the sitemap does not list. */
  filesNotInSitemap: string[];
}

/** The `<loc>` values of a sitemap or sitemap index. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) =>
    (match[1] ?? '').replace(/&amp;/g, '&'),
  );
}

/** The file an absolute sitemap URL points at, relative to the site folder, or null. */
function fileForUrl(url: string, base: string): string | null {
  const pathname = decodeURIComponent(new URL(url).pathname);
  if (!pathname.startsWith(base)) return null;
  const relative = pathname.slice(base.length);
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * Lists every HTML page of a built site from its sitemap (`sitemap-index.xml` →
 * `sitemap-0.xml` …), with absolute URLs mapped to files under `base`, and cross-checks
 * a walk of the folder so that no page is missed: files the sitemap leaves out (404.html)
 * are included too, and reported.
 */
export function listSitePages(siteDir: string, base = '/'): SitePages {
  const cleanBase = normaliseBasePath(base);
  const onDisk = new Set(listHtmlFiles(siteDir));
  const indexPath = join(siteDir, 'sitemap-index.xml');
  const sitemapFiles = existsSync(indexPath)
    ? locs(readFileSync(indexPath, 'utf8')).map((url) => fileForUrl(url, cleanBase))
    : [];
  const listed = new Set<string>();
  const sitemapWithoutFile: string[] = [];
  for (const sitemapFile of sitemapFiles) {
    if (sitemapFile === null || !existsSync(join(siteDir, sitemapFile))) {
      sitemapWithoutFile.push(`sitemap ${sitemapFile ?? '(outside the base)'}`);
      continue;
    }
    for (const url of locs(readFileSync(join(siteDir, sitemapFile), 'utf8'))) {
      const file = fileForUrl(url, cleanBase);
      if (file === null || !onDisk.has(file)) sitemapWithoutFile.push(url);
      else listed.add(file);
    }
  }
  const filesNotInSitemap = [...onDisk].filter((file) => !listed.has(file));
  const pages = [...onDisk]
    .map((file) => ({
      file,
      path: urlPathForFile(file, '/'),
      inSitemap: listed.has(file),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return { pages, sitemapWithoutFile, filesNotInSitemap };
}
