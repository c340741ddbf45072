/**
 * Cross-entry checks that Astro's schemas cannot do alone. Astro 7 only logs a
 * `reference()` to a missing entry and still builds, so these checks make the
 * build fail with the file, the field and the missing id.
 */

import { formatProblems, type ContentProblem } from './check/problem';

/** The minimal shape of a content entry that the checks need. */
export interface EntryLike {
  id: string;
  collection: string;
  filePath?: string | undefined;
  data: unknown;
  /** Raw body of an MDX entry. */
  body?: string | undefined;
}

/** One problem, phrased for a content editor. */
type IntegrityProblem = ContentProblem;

function isReference(value: unknown): value is { collection: string; id: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>)['collection'] === 'string' &&
    typeof (value as Record<string, unknown>)['id'] === 'string'
  );
}

/** Lists every `{ collection, id }` reference inside `data` with the field path that holds it. */
export function collectReferences(
  data: unknown,
  path = '',
): { field: string; collection: string; id: string }[] {
  if (isReference(data)) return [{ field: path, collection: data.collection, id: data.id }];
  if (Array.isArray(data)) {
    return data.flatMap((item, index) => collectReferences(item, `${path}[${index}]`));
  }
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) =>
      collectReferences(value, path === '' ? key : `${path}.${key}`),
    );
  }
  return [];
}

/** Where an entry came from, for messages: its file when known, else collection/id. */
export function describeEntry(entry: EntryLike): string {
  return entry.filePath ?? `${entry.collection}/${entry.id}`;
}

/** Finds references to entries that do not exist. */
export function findBrokenReferences(entries: readonly EntryLike[]): IntegrityProblem[] {
  const known = new Set(entries.map((entry) => `${entry.collection}/${entry.id}`));
  return entries.flatMap((entry) =>
    collectReferences(entry.data)
      .filter((ref) => !known.has(`${ref.collection}/${ref.id}`))
      .map((ref) => ({
        file: describeEntry(entry),
        field: ref.field,
        message: `henviser til «${ref.id}», som ikke findes i samlingen «${ref.collection}»; ret id'et, eller opret filen`,
      })),
  );
}

/** Finds two entries of one collection that share an id (e.g. `a.yaml` and `A.yaml`). */
export function findDuplicateIds(entries: readonly EntryLike[]): IntegrityProblem[] {
  const seen = new Map<string, EntryLike>();
  const problems: IntegrityProblem[] = [];
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: describeEntry(entry),
        field: 'id',
        message: `id'et «${entry.id}» bruges også af ${describeEntry(first)}`,
      });
    } else {
      seen.set(key, entry);
    }
  }
  return problems;
}

/** Every cross-entry problem in the content. */
export function findContentProblems(entries: readonly EntryLike[]): IntegrityProblem[] {
  return [
    ...findDuplicateIds(entries),
    ...findBrokenReferences(entries),
  ];
}

/** Thrown when content is inconsistent; the build stops with every problem listed. */
export class ContentIntegrityError extends Error {
  readonly problems: readonly IntegrityProblem[];

  constructor(problems: readonly IntegrityProblem[]) {
    super(`Indholdet har ${problems.length} fejl:\n${formatProblems(problems)}`);
    this.name = 'ContentIntegrityError';
    this.problems = problems;
  }
}

/** Throws a ContentIntegrityError listing every problem findContentProblems finds. */
export function assertContentIntegrity(entries: readonly EntryLike[]): void {
  const problems = findContentProblems(entries);
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}
