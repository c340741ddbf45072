import { regionLabels, scopeLabels } from '../../i18n/da';
import type { ContentProblem } from '../check/problem';
import { describeEntry, type EntryLike } from '../integrity';
import { citedSourceIds, dateOf, entriesOf, fieldOf, isoDay, sourcesById, textOf } from './entries';

/**
 * One truth where a pathway repeats what its main source (`sources[0]`) says about itself: its
 * date (pages take it from the source; a `sourceDate` still written must agree) and whether it
 * is national or belongs to a region. A disagreement is refused, naming both files.
 */

function scopeText(scope: string | undefined, region: string | undefined): string {
  if (region !== undefined) {
    return `regionalt (${regionLabels[region as keyof typeof regionLabels] ?? region})`;
  }
  return (scopeLabels[scope as keyof typeof scopeLabels] ?? scope ?? '').toLocaleLowerCase('da');
}

/** Every pathway statement about its main source that the source entry contradicts. */
export function findSourceDisagreements(entries: readonly EntryLike[]): ContentProblem[] {
  const sources = sourcesById(entries);
  return entriesOf(entries, 'pathways').flatMap((entry) => {
    const [main] = citedSourceIds(fieldOf(entry.data, 'sources'));
    const source = main === undefined ? undefined : sources.get(main);
    if (source === undefined) return []; // a missing source is reported as a broken reference
    const file = describeEntry(entry);
    const problems: ContentProblem[] = [];
    const sourceDate = dateOf(entry.data, 'sourceDate');
    if (sourceDate && source.date && sourceDate.getTime() !== source.date.getTime()) {
      problems.push({
        file,
        field: 'sourceDate',
        message: `er ikke hovedkildens dato: ${source.file} er dateret ${isoDay(source.date)}; slet «sourceDate», så datoen hentes fra kilden, eller ret kildens dato efter dokumentet`,
        value: isoDay(sourceDate),
      });
    }
    const scope = textOf(entry.data, 'scope');
    const region = textOf(entry.data, 'region');
    if (source.scope !== undefined && (scope !== source.scope || region !== source.region)) {
      const field = scope === source.scope ? 'region' : 'scope';
      problems.push({
        file,
        field,
        message: `forløbet er ${scopeText(scope, region)}, men hovedkilden ${source.file} er ${scopeText(source.scope, source.region)}; skriv det samme som kilden`,
        value: (field === 'scope' ? scope : region) ?? '(intet)',
      });
    }
    return problems;
  });
}
