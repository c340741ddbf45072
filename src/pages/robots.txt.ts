import type { APIRoute } from 'astro';
import { EDITOR_SECTIONS } from '../site/indexing.mjs';
import { href, publicSite } from '../site/urls';

/**
 * robots.txt: keeps crawlers out of the editors' pages and names the sitemap. Crawlers read it
 * only at the root of a host; under a sub-path (GitHub Pages) it is there for the host's own
 * robots.txt to copy, and the pages' `noindex` does the work.
 */
export const GET: APIRoute = () => {
  const lines = [
    'User-agent: *',
    ...EDITOR_SECTIONS.map((section) => `Disallow: ${href(section)}`),
    // Only a configured address: a local build's sitemap points at this machine.
    ...(publicSite ? [`Sitemap: ${new URL(href('/sitemap-index.xml'), publicSite).href}`] : []),
  ];
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
