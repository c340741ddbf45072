// Plain JavaScript so that astro.config.mjs (the sitemap's filter) can import it.
import { stripBase } from './base-path.mjs';

/** Pages that are not for search engines: the search page, the short address and 404. */
const UNLISTED_PAGES = ['/soeg/', '/was/', '/404/', '/404.html'];

/** The editors' pages: the CMS and the review list. robots.txt keeps crawlers out of them. */
export const EDITOR_SECTIONS = ['/admin/', '/redaktion/'];

/**
 * True for a page that search engines should not list: it carries `noindex` (BaseLayout reads
 * this) and the sitemap leaves it out, so the two can never disagree.
 * @param {string} url an absolute page URL or a path, with the base
 * @param {string} base the site's base path
 * @returns {boolean}
 */
export function isUnlisted(url, base) {
  const pathname = /^https?:/.test(url) ? new URL(url).pathname : url;
  const path = stripBase(pathname, base);
  return (
    UNLISTED_PAGES.includes(path) || EDITOR_SECTIONS.some((section) => path.startsWith(section))
  );
}
