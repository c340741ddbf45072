import { PARAMETERS } from './assessment-model';
import type { SortDirection, SortKey } from './ranking';
import { isEqualWeighting, type Weights } from './weights';
import { overviewTexts } from '../i18n/cases';
import { parameterLabels } from '../i18n/da';

/**
 * The sentence under the catalogue's controls (a live region): how many cases are shown, how
 * they are sorted, and the weights when the planner has set any. Shared by the built page and
 * the browser script, so both say the same.
 */
export function catalogueStatus(
  shown: number,
  total: number,
  sort: SortKey,
  direction: SortDirection,
  weights: Weights,
): string {
  const column =
    sort === 'rank' || sort === 'name'
      ? overviewTexts.columnName[sort]
      : parameterLabels[sort].toLowerCase();
  const kind = sort === 'rank' || sort === 'name' ? sort : 'score';
  const parts = [
    overviewTexts.count(shown, total),
    overviewTexts.sortedBy(column, direction, kind),
  ];
  if (!isEqualWeighting(weights)) {
    parts.push(
      overviewTexts.weighted(
        PARAMETERS.map((p) => `${parameterLabels[p]} ${weights[p]}`).join(', '),
      ),
    );
  }
  return parts.join(' ');
}
