import { REVIEW_CYCLE_YEARS, addYears } from '../../text/dates';
import type { ContentProblem } from '../check/problem';
import { describeEntry, type EntryLike } from '../integrity';
import { citedSourceIds, dateOf, entriesOf, fieldOf, isoDay, sourcesById } from './entries';

/**
 * Dates that can be true: a source is not dated beyond the next review cycle (a year from today),
 * a pathway was not reviewed in the future, and no source a pathway cites is dated after the pathway was reviewed against it.
 * (That the next review comes after the last, within one review cycle, is the pathway schema's.)
 * `today` is passed in, so the check gives the same answer in every test.
 */

/** The sources a pathway cites, in its `sources` and in its steps' `citation`. */
function citedByPathway(data: unknown): Set<string> {
  const steps = fieldOf(data, 'steps');
  return new Set([
    ...citedSourceIds(fieldOf(data, 'sources')),
    ...citedSourceIds(Array.isArray(steps) ? steps.map((step) => fieldOf(step, 'citation')) : []),
  ]);
}

/** Every date in the content that cannot be true on `today`. */
export function findUntrueDates(entries: readonly EntryLike[], today: Date): ContentProblem[] {
  const sources = sourcesById(entries);
  const problems: ContentProblem[] = [];
  // A document may be dated ahead («Sundhedsaftale 2027», dated by its year), but not beyond the
  // next review cycle; a review, by contrast, cannot have happened after today.
  const latestSourceDate = addYears(today, REVIEW_CYCLE_YEARS);
  for (const source of sources.values()) {
    if (source.date !== undefined && source.date > latestSourceDate) {
      problems.push({
        file: source.file,
        field: 'date',
        message: `kildens dato ligger mere end et år ude i fremtiden (i dag er ${isoDay(today)}); skriv den dato, dokumentet selv angiver`,
        value: isoDay(source.date),
      });
    }
  }
  for (const entry of entriesOf(entries, 'pathways')) {
    const reviewed = dateOf(entry.data, 'reviewed');
    if (reviewed === undefined) continue;
    const file = describeEntry(entry);
    if (reviewed > today) {
      problems.push({
        file,
        field: 'reviewed',
        message: `gennemgangen ligger i fremtiden (i dag er ${isoDay(today)}); skriv den dag, forløbet blev gennemgået`,
        value: isoDay(reviewed),
      });
    }
    for (const id of citedByPathway(entry.data)) {
      const date = sources.get(id)?.date;
      if (date !== undefined && date > reviewed) {
        problems.push({
          file,
          field: 'reviewed',
          message: `gennemgangsdatoen ligger før kildens dato: ${sources.get(id)?.file ?? id} er dateret ${isoDay(date)}; et forløb kan ikke være gennemgået mod en kilde, der er nyere, så ret datoen`,
          value: isoDay(reviewed),
        });
      }
    }
  }
  return problems;
}
