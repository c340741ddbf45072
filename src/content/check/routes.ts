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
 * The folders directly under `folder` that hold routes of their own (`cases/side/[page].astro`
 * gives `side`, `cases/data/[id].json.ts` gives `data`): an entry with that id would put its
 * page where those routes live, so it is refused even while no such page is built.
 */
function routeSegments(pageFiles: readonly string[], folder: string): Set<string> {
  const prefix = `${folder}/`;
  const segments = new Set<string>();
  for (const file of pageFiles) {
    if (!file.startsWith(prefix)) continue;
    const [segment, ...rest] = file.slice(prefix.length).split('/');
    if (segment && rest.length > 0 && !segment.includes('[')) segments.add(segment);
  }
  return segments;
}

/**
 * The site's paths: fixed pages from `src/pages`, files in `public/`, and a page per entry of
 * each collection that has one. An entry whose page would be a fixed page's address, or would
 * sit on a folder of routes (`/cases/side/`), is refused.
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
    if (folder === undefined || !pageFiles.includes(`${folder}/[id].astro`)) continue;
    const path = `/${folder}/${entry.id}/`;
    if (routeSegments(pageFiles, folder).has(entry.id) && !fixed.has(path)) {
      problems.push({
        file: entry.file,
        field: 'id (filnavn)',
        message: `id'et «${entry.id}» giver adressen ${path}, en mappe med webstedets egne sider; omdøb filen`,
      });
    } else if (fixed.has(path)) {
      problems.push({
        file: entry.file,
        field: 'id (filnavn)',
        message: `id'et «${entry.id}» giver adressen ${path}, som en fast side på webstedet allerede har; omdøb filen`,
      });
    }
    paths.add(path);
  }
  return { paths, problems };
}
