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

/** A pathway's steps, each with the actors responsible for it, in the pathway's order. */
export function pathwaySteps(
  id: string,
  contentDir = CONTENT_DIR,
): { id: string; actors: string[] }[] {
  return contentData('pathways', id, contentDir)['steps'] as { id: string; actors: string[] }[];
}

/** The pathway with the most steps, so the longest diagram (the first by id on a tie). */
export function longestPathway(contentDir = CONTENT_DIR): string {
  const ids = contentIds('pathways', contentDir);
  const steps = (id: string) => pathwaySteps(id, contentDir).length;
  const longest = ids.reduce<string | undefined>(
    (best, id) => (best === undefined || steps(id) > steps(best) ? id : best),
    undefined,
  );
  if (longest === undefined) throw new Error(`There is no pathway in ${contentDir}.`);
  return longest;
}

/**
 * The actor of a pathway whose own steps are closest to half of them, as one professional's
 * share usually is: responsible for some steps but not all (the first by id on a tie).
 */
export function actorOfAboutHalf(pathway: string, contentDir = CONTENT_DIR): string {
  const steps = pathwaySteps(pathway, contentDir);
  const counts = new Map<string, number>();
  for (const actor of steps.flatMap((step) => step.actors).sort()) {
    counts.set(actor, (counts.get(actor) ?? 0) + 1);
  }
  const candidates = [...counts].filter(([, count]) => count < steps.length);
  const distance = (count: number) => Math.abs(count - steps.length / 2);
  const best = candidates.reduce<[string, number] | undefined>(
    (found, entry) =>
      found === undefined || distance(entry[1]) < distance(found[1]) ? entry : found,
    undefined,
  );
  if (best === undefined) {
    throw new Error(`No actor of pathway ${pathway} is responsible for some steps but not all.`);
  }
  return best[0];
}
