import type { ContentProblem } from '../check/problem';
import { describeEntry, type EntryLike } from '../integrity';
import { textOf } from './entries';

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
 * the same collection also has; each of them is reported, naming the others.
 */
export function findDuplicateTitles(
  entries: readonly EntryLike[],
  titleFields: Readonly<Record<string, string | undefined>>,
): ContentProblem[] {
  const groups = new Map<string, { entry: EntryLike; field: string; title: string }[]>();
  for (const entry of entries) {
    const field = titleFields[entry.collection];
    const title = field === undefined ? undefined : textOf(entry.data, field);
    if (field === undefined || title === undefined) continue;
    const key = `${entry.collection}\u0000${titleKey(title)}`;
    groups.set(key, [...(groups.get(key) ?? []), { entry, field, title }]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map(({ entry, field, title }) => ({
        file: describeEntry(entry),
        field,
        message: `${group
          .filter((other) => other.entry !== entry)
          .map((other) => describeEntry(other.entry))
          .join(', ')} har samme titel; giv hver sin egen titel (er filen kopieret som skabelon og ikke omdøbt?), eller slet den ene`,
        value: title,
      })),
    );
}
