import type { ContentProblem } from '../check/problem';
import { describeEntry, type EntryLike } from '../integrity';

/**
 * No two entries of a collection with the same title: a case copied as a template and never
 * renamed would otherwise be counted twice in the catalogue. Titles are compared as a reader
 * sees them: case, spacing and Unicode form do not count.
 */

/** A title as readers compare it. */
export function titleKey(title: string): string {
  return title.normalize('NFC').toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
}

/**
 * Every entry whose title (the field `titleFields` names for its collection) another entry of
 * the same collection already has; the first file keeps it, later ones are reported.
 */
export function findDuplicateTitles(
  entries: readonly EntryLike[],
  titleFields: Readonly<Record<string, string | undefined>>,
): ContentProblem[] {
  const seen = new Map<string, EntryLike>();
  const problems: ContentProblem[] = [];
  const sorted = [...entries].sort((a, b) => describeEntry(a).localeCompare(describeEntry(b)));
  for (const entry of sorted) {
    const field = titleFields[entry.collection];
    const title = field === undefined ? undefined : (entry.data as Record<string, unknown>)[field];
    if (field === undefined || typeof title !== 'string') continue;
    const key = `${entry.collection}\u0000${titleKey(title)}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, entry);
      continue;
    }
    problems.push({
      file: describeEntry(entry),
      field,
      message: `${describeEntry(first)} har samme titel; giv hver sin egen titel (er filen kopieret som skabelon og ikke omdøbt?), eller slet den ene`,
      value: title,
    });
  }
  return problems;
}
