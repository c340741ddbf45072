/**
 * The weight of the open data a build publishes (src/open-data/): the catalogue, every
 * collection's data file and schema, the FHIR files and the Atom feed. They are fetched by
 * programs, not loaded by pages, so they are weighed apart from the pages: on disk and gzip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSize } from './page-weight.ts';

/** One published data file and its size. */
export interface DataFileWeight {
  /** Path inside the built site, without the base: `data/pathways.json`. */
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** The folders and files of the open data, inside the built site. */
const OPEN_DATA = ['data', 'fhir', 'seneste-aendringer.xml'];

/** Every open data file of the site in `siteDir`, heaviest (gzip) first. */
export function weighOpenData(siteDir: string): DataFileWeight[] {
  const files: string[] = [];
  for (const name of OPEN_DATA) {
    const path = join(siteDir, name);
    if (!existsSync(path)) continue;
    if (name.includes('.')) files.push(path);
    else {
      for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
      }
    }
  }
  return files
    .map((file) => {
      const content = readFileSync(file);
      return {
        path: relative(siteDir, file).split('\\').join('/'),
        bytes: content.length,
        gzipBytes: gzipSize(content),
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** The totals of the open data, and its heaviest file. */
export function openDataTotals(files: readonly DataFileWeight[]) {
  return {
    files: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    heaviest: files[0],
  };
}
