import { objectDocs } from './doc-comments';
import type { SchemaDocs } from './json-schema';

// The schema sources as text, for their doc comments, through Vite, so the build and the tests
// read the same files wherever they run.
const sources = import.meta.glob<string>('../schemas/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

let cached: SchemaDocs | undefined;

/** The doc comments of every object schema in src/schemas/, read once. */
export function schemaDocs(): SchemaDocs {
  cached ??= { objects: Object.values(sources).flatMap((source) => objectDocs(source)) };
  return cached;
}
