import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import {
  COLLECTIONS,
  type CollectionDefinition,
  type CollectionName,
} from '../../src/content/collections';
import { SUBPATH_CONTENT_DIR as SUBPATH_CONTENT } from '../../tools/subpath.mjs';

// The entries of the content a build was made from, read when the test runs, so tests over the
// real content hold for whatever an editor adds, renames or removes (no counts or ids pinned).

/** The project's content folder, which `npm run build` builds into dist/. */
export const CONTENT_DIR = resolve(import.meta.dirname, '../../content');

/** The sub-path build's content: content/ with new entries added (tools/build-subpath.mjs). */
export const SUBPATH_CONTENT_DIR = resolve(import.meta.dirname, '../..', SUBPATH_CONTENT);

/** The ids (file names) of one collection's entries, sorted. */
export function contentIds(collection: CollectionName, contentDir = CONTENT_DIR): string[] {
  const { folder, extension } = COLLECTIONS[collection];
  return readdirSync(resolve(contentDir, folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();
}

/** One entry's data: the YAML file, or an MDX file's front matter. */
export function contentData(
  collection: CollectionName,
  id: string,
  contentDir = CONTENT_DIR,
): Record<string, unknown> {
  const { folder, extension } = COLLECTIONS[collection];
  const text = readFileSync(resolve(contentDir, folder, `${id}${extension}`), 'utf8');
  const yaml = extension === '.mdx' ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
  return parse(yaml) as Record<string, unknown>;
}

/** Every entry of a collection with its title (its name for actors), in id order. */
export function contentTitles(
  collection: CollectionName,
  contentDir = CONTENT_DIR,
): { id: string; title: string }[] {
  return contentIds(collection, contentDir).map((id) => {
    const { titleField }: CollectionDefinition = COLLECTIONS[collection];
    const title =
      titleField === undefined ? undefined : contentData(collection, id, contentDir)[titleField];
    return { id, title: typeof title === 'string' ? title : id };
  });
}
