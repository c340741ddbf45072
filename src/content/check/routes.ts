import type { CollectionDefinition } from '../collections';
import type { ContentProblem } from './problem';

/** The site's pages as `src/pages` and the content define them. */
interface SiteRoutes {
  /** Every path a page or file has, e.g. `/om/`, `/cases/cases.csv`, `/forloeb/x/`. */
  paths: Set<string>;
  /** An entry id that would take the address of a fixed page (e.g. a case named `sammenlign`). */
  problems: ContentProblem[];
}

/** The path of a page file relative to `src/pages`, or undefined for a `[param]` route. */
export function staticPagePath(file: string): string | undefined {
  if (file.includes('[')) return undefined;
  const page = /^(.*?)(?:index)?\.astro$/.exec(file);
  if (page) return `/${page[1] ?? ''}`.replace(/([^/])$/, '$1/');
  const endpoint = /^(.*)\.(?:ts|js|mjs)$/.exec(file);
  return endpoint ? `/${endpoint[1] ?? ''}` : undefined;
}

/**
 * The folders the site's own routes take directly under a collection's page folder: for
 * `forloeb`, `side` (from `forloeb/side/[page].astro`, the later pages of the list) and
 * `omraade` (from `forloeb/omraade/[area]/index.astro`). An entry with such an id would share
 * its address with those pages.
 */
export function reservedSegments(pageFiles: readonly string[], folder: string): Set<string> {
  const segments = new Set<string>();
  for (const file of pageFiles) {
    if (!file.startsWith(`${folder}/`)) continue;
    const [segment, ...rest] = file.slice(folder.length + 1).split('/');
    if (segment !== undefined && rest.length > 0 && !segment.includes('[')) segments.add(segment);
  }
  return segments;
}

/** Whether `folder` has a page per entry: `<folder>/[id].astro` or `<folder>/[id]/index.astro`. */
function hasEntryPages(pageFiles: readonly string[], folder: string): boolean {
  return pageFiles.includes(`${folder}/[id].astro`) || pageFiles.includes(`${folder}/[id]/index.astro`);
}

/**
 * The site's paths: fixed pages from `src/pages`, files in `public/`, and a page per entry of
 * each collection that has one. An entry whose page would be a fixed page's address, or a folder
 * the site's own routes use (`reservedSegments`), is refused.
 */
export function siteRoutes(
  pageFiles: readonly string[],
  publicFiles: readonly string[],
  entries: readonly { collection: string; id: string; file: string }[],
  collections: Readonly<Record<string, CollectionDefinition>>,
): SiteRoutes {
  const fixed = new Set(pageFiles.flatMap((file) => staticPagePath(file) ?? []));
  const paths = new Set([...fixed, ...publicFiles.map((file) => `/${file}`)]);
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const folder = collections[entry.collection]?.page;
    if (folder === undefined || !hasEntryPages(pageFiles, folder)) continue;
    const path = `/${folder}/${entry.id}/`;
    if (fixed.has(path)) {
      problems.push({
        file: entry.file,
        field: 'id (filnavn)',
        message: `id'et «${entry.id}» giver adressen ${path}, som en fast side på webstedet allerede har; omdøb filen`,
      });
    } else if (reservedSegments(pageFiles, folder).has(entry.id)) {
      problems.push({
        file: entry.file,
        field: 'id (filnavn)',
        message: `id'et «${entry.id}» giver adressen ${path}, som webstedet selv bruger til sider under ${path} (fx lange lister delt i sider); omdøb filen`,
      });
    }
    paths.add(path);
  }
  return { paths, problems };
}
