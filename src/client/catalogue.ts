import { PARAMETERS, type Parameter } from '../catalogue/assessment-model';
import {
  DEFAULT_STATE,
  matchesFilters,
  parseCatalogueState,
  serializeCatalogueState,
  type CaseFilters,
  type CatalogueState,
  type FilterableCase,
  type FilterVocabulary,
} from '../catalogue/case-filters';
import { catalogueStatus } from '../catalogue/catalogue-status';
import { defaultDirection, isSortKey, places, sortCases, type SortKey } from '../catalogue/ranking';
import { isEqualWeighting, parseWeights, weightKey, weightedSum } from '../catalogue/weights';
import { limitSelection } from './selection-limit';
import type { splitCatalogue } from './catalogue-split';
import { overviewTexts } from '../i18n/cases';
import { el } from './dom';

/**
 * Progressive enhancement of the catalogue: sort buttons in the column headings, filters,
 * the planner's weights (which re-rank the table and rewrite the places and sums), and the
 * state kept in the address. Everything it needs is in the rows' data attributes; without
 * this script the page is the table ranked by the plain sum. A catalogue split over pages
 * hands the rows to src/client/catalogue-split.ts once the reader asks for more than the
 * equal-weight page (the table then names the index of every case).
 */

const FILTER_FIELDS = {
  diseaseArea: 'sygdomsomraade',
  sector: 'sektor',
  region: 'region',
  status: 'status',
} as const satisfies Record<keyof CaseFilters, string>;

interface Row extends FilterableCase {
  id: string;
  title: string;
  scores: Record<Parameter, { score: number }>;
  element: HTMLTableRowElement;
}

const words = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);

/** Reads a row's data attributes (written by the catalogue view builder). */
function readRow(element: HTMLTableRowElement): Row {
  const data = element.dataset;
  const numbers = words(data['scores']).map(Number);
  const regions = words(data['regions']);
  return {
    id: data['caseId'] ?? '',
    title: data['title'] ?? '',
    scores: Object.fromEntries(
      PARAMETERS.map((p, i) => [p, { score: numbers[i] ?? 0 }]),
    ) as Row['scores'],
    diseaseAreas: words(data['diseaseAreas']) as Row['diseaseAreas'],
    sectors: words(data['sectors']) as Row['sectors'],
    regions: regions.filter((r) => r !== 'hele-landet') as Row['regions'],
    nationwide: regions.includes('hele-landet'),
    status: (data['status'] ?? 'pilot') as Row['status'],
    element,
  };
}

function optionValues(select: HTMLSelectElement | null): string[] {
  return select ? [...select.options].map((option) => option.value).filter(Boolean) : [];
}

/**
 * Enhances the catalogue. `split` is the code for a catalogue split over pages
 * (src/client/catalogue-split.ts); only split pages load it (CatalogueSplitScript.astro), so
 * a catalogue on one page carries none of it.
 */
export function enhanceCatalogue(doc: Document = document, split?: typeof splitCatalogue): void {
  const table = doc.getElementById('case-table');
  const tbody = table?.querySelector('tbody');
  const form = doc.getElementById('catalogue-filters') as HTMLFormElement | null;
  const controls = doc.getElementById('catalogue-controls');
  const status = doc.getElementById('catalogue-status');
  const empty = doc.getElementById('catalogue-empty');
  const caption = doc.getElementById('case-table-caption');
  const totalLabel = table?.querySelector('thead .total-label');
  if (!table || !tbody || !form || !controls || !status) return;

  const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr[data-case-id]')].map(readRow);
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;
  const allowed = {
    diseaseAreas: optionValues(field(FILTER_FIELDS.diseaseArea)),
    sectors: optionValues(field(FILTER_FIELDS.sector)),
    regions: optionValues(field(FILTER_FIELDS.region)),
    statuses: optionValues(field(FILTER_FIELDS.status)),
  } as FilterVocabulary;

  let state: CatalogueState = parseCatalogueState(window.location.search, allowed);
  const compareForm = doc.getElementById('compare-form') as HTMLFormElement | null;
  const compareMessage = doc.getElementById('compare-form-message');
  if (compareForm && compareMessage) {
    limitSelection(compareForm, compareMessage, doc.getElementById('compare-count'));
  }
  const indexUrl = table.dataset['catalogueIndex'];
  const splitView =
    indexUrl && split
      ? split({
          table,
          tbody,
          status,
          empty,
          compareForm,
          indexUrl,
          pageSize: Number(table.dataset['pageSize']) || rows.length,
        })
      : null;
  // The first page of a split catalogue is the list's own address.
  const listPath = new URL(form.action, window.location.href).pathname;

  // Sort buttons: the heading's content moves into a button; aria-sort goes on the heading.
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
  const indicators = new Map<SortKey, HTMLElement>();
  for (const th of headers) {
    const key = th.dataset['sort'];
    if (!isSortKey(key)) continue;
    const indicator = el('span', { className: 'sort-indicator', attrs: { 'aria-hidden': 'true' } });
    const button = el('button', { className: 'sort-button', attrs: { type: 'button' } }, [
      ...th.childNodes,
      indicator,
    ]);
    button.addEventListener('click', () => {
      const direction =
        state.sort === key ? (state.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(key);
      state = { ...state, sort: key, direction };
      apply();
    });
    th.replaceChildren(button);
    indicators.set(key, indicator);
  }

  const readForm = (): CatalogueState => {
    const params = new URLSearchParams();
    for (const name of [...Object.values(FILTER_FIELDS), ...PARAMETERS.map(weightKey)]) {
      const value = field(name)?.value;
      if (value) params.set(name, value);
    }
    const parsed = parseCatalogueState(params, allowed);
    return { ...state, filters: parsed.filters, weights: parseWeights(params) };
  };

  form.addEventListener('change', () => {
    state = readForm();
    apply();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = readForm();
    apply();
  });
  form.addEventListener('reset', () => {
    // The form clears its selects after this event; apply the default state then.
    window.setTimeout(() => {
      state = { ...DEFAULT_STATE, sort: state.sort, direction: state.direction };
      apply();
    }, 0);
  });

  function apply(): void {
    const { weights } = state;
    const query = serializeCatalogueState(state);
    const everyCase = splitView !== null && (splitView.active || query !== '');
    // A split page's own rows already hold their places in the whole ranking: left as built.
    if (everyCase) splitView.show(state);
    else if (!splitView) showPageRows();
    const equal = isEqualWeighting(weights);
    if (caption)
      caption.textContent = equal ? overviewTexts.tableCaption : overviewTexts.weightedCaption;
    if (totalLabel)
      totalLabel.textContent = equal ? overviewTexts.total : overviewTexts.weightedTotal;
    for (const th of headers) {
      const key = th.dataset['sort'] as SortKey;
      const indicator = indicators.get(key);
      const active = key === state.sort;
      if (active)
        th.setAttribute('aria-sort', state.direction === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
      if (indicator)
        indicator.textContent = active ? (state.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕';
    }
    for (const [key, name] of Object.entries(FILTER_FIELDS)) {
      const select = field(name);
      if (select) select.value = state.filters[key as keyof CaseFilters] ?? '';
    }
    for (const p of PARAMETERS) {
      const select = field(weightKey(p));
      if (select) select.value = String(weights[p]);
    }
    const path = everyCase ? listPath : window.location.pathname;
    const url = `${path}${query ? `?${query}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }

  /** Sorts, filters and re-ranks the rows built into the page (all of a short catalogue). */
  function showPageRows(): void {
    const { weights } = state;
    const ranked = sortCases(rows, 'rank', 'desc', weights);
    const rankPlaces = places(ranked, weights);
    const placeOf = new Map(ranked.map((row, i) => [row.id, rankPlaces[i]!]));
    let shown = 0;
    for (const row of sortCases(rows, state.sort, state.direction, weights)) {
      const visible = matchesFilters(row, state.filters);
      row.element.hidden = !visible;
      if (visible) shown += 1;
      const place = placeOf.get(row.id);
      const placeCell = row.element.querySelector('[data-place]');
      if (place && placeCell)
        placeCell.textContent = overviewTexts.placeLabel(place.place, place.shared);
      const totalCell = row.element.querySelector('[data-total]');
      if (totalCell) totalCell.textContent = String(weightedSum(row.scores, weights));
      tbody?.append(row.element);
    }
    const equal = isEqualWeighting(weights);
    for (const cell of tbody?.querySelectorAll<HTMLElement>('[data-total]') ?? []) {
      cell.dataset['label'] = equal ? overviewTexts.total : overviewTexts.weightedTotal;
    }
    if (empty) empty.hidden = shown > 0;
    const message = catalogueStatus(shown, rows.length, state.sort, state.direction, weights);
    // The status element is a live region: screen readers announce the new count.
    if (status && status.textContent !== message) status.textContent = message;
  }

  controls.hidden = false;
  apply();
}
