import type { CaseRecord } from '../catalogue/case-export';
import {
  DEFAULT_STATE,
  matchesFilters,
  parseCatalogueState,
  serializeCatalogueState,
  type CaseFilters,
  type CatalogueState,
  type FilterVocabulary,
} from '../catalogue/case-filters';
import { defaultDirection, isSortKey, sortCases, type SortKey } from '../catalogue/ranking';
import { overviewTexts } from '../i18n/cases';
import { parameterLabels } from '../i18n/da';
import { el, readJsonData } from './dom';

/**
 * Progressive enhancement of the catalogue overview: sort buttons in the column headings,
 * the filter form, and the state kept in the URL. Without this script the page is a
 * plain table of every case.
 */

const FILTER_FIELDS = {
  diseaseArea: 'sygdomsomraade',
  sector: 'sektor',
  region: 'region',
  status: 'status',
} as const satisfies Record<keyof CaseFilters, string>;

function columnName(key: SortKey): string {
  if (key === 'name') return overviewTexts.columnName.name;
  if (key === 'total') return overviewTexts.columnName.total;
  return parameterLabels[key];
}

function optionValues(select: HTMLSelectElement | null): string[] {
  return select ? [...select.options].map((option) => option.value).filter(Boolean) : [];
}

export function enhanceCatalogue(doc: Document = document): void {
  const table = doc.getElementById('case-table');
  const tbody = table?.querySelector('tbody');
  const form = doc.getElementById('catalogue-filters') as HTMLFormElement | null;
  const controls = doc.getElementById('catalogue-controls');
  const status = doc.getElementById('catalogue-status');
  const empty = doc.getElementById('catalogue-empty');
  const records = readJsonData<CaseRecord[]>('catalogue-data', doc);
  if (!table || !tbody || !form || !controls || !status || !records) return;

  const rows = new Map<string, HTMLTableRowElement>();
  for (const row of tbody.querySelectorAll<HTMLTableRowElement>('tr[data-case-id]')) {
    rows.set(row.dataset['caseId'] ?? '', row);
  }
  const selectFor = (field: keyof CaseFilters) =>
    form.elements.namedItem(FILTER_FIELDS[field]) as HTMLSelectElement | null;
  const allowed = {
    diseaseAreas: optionValues(selectFor('diseaseArea')),
    sectors: optionValues(selectFor('sector')),
    regions: optionValues(selectFor('region')),
    statuses: optionValues(selectFor('status')),
  } as FilterVocabulary;

  let state: CatalogueState = parseCatalogueState(window.location.search, allowed);

  // Sort buttons: the heading's text becomes a button, and aria-sort goes on the heading.
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
  const indicators = new Map<SortKey, HTMLElement>();
  for (const th of headers) {
    const key = th.dataset['sort'];
    if (!isSortKey(key)) continue;
    const label = th.textContent?.trim() ?? '';
    const indicator = el('span', { className: 'sort-indicator', attrs: { 'aria-hidden': 'true' } });
    const button = el('button', { className: 'sort-button', attrs: { type: 'button' } }, [
      el('span', { text: label }),
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

  const readFilters = (): CaseFilters => {
    const value = (field: keyof CaseFilters) => selectFor(field)?.value || null;
    return parseCatalogueState(
      new URLSearchParams(
        Object.entries(FILTER_FIELDS).flatMap(([field, name]) => {
          const v = value(field as keyof CaseFilters);
          return v ? [[name, v]] : [];
        }),
      ),
      allowed,
    ).filters;
  };

  form.addEventListener('change', () => {
    state = { ...state, filters: readFilters() };
    apply();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, filters: readFilters() };
    apply();
  });
  form.addEventListener('reset', () => {
    // The form clears its selects after this event; apply the cleared state then.
    window.setTimeout(() => {
      state = { ...state, filters: DEFAULT_STATE.filters };
      apply();
    }, 0);
  });

  function apply(): void {
    const sorted = sortCases(records ?? [], state.sort, state.direction);
    let shown = 0;
    for (const record of sorted) {
      const row = rows.get(record.id);
      if (!row) continue;
      const visible = matchesFilters(record, state.filters);
      row.hidden = !visible;
      if (visible) shown += 1;
      tbody?.append(row);
    }
    for (const th of headers) {
      const key = th.dataset['sort'] as SortKey;
      const indicator = indicators.get(key);
      if (key === state.sort) {
        th.setAttribute('aria-sort', state.direction === 'asc' ? 'ascending' : 'descending');
        if (indicator) indicator.textContent = state.direction === 'asc' ? ' ▲' : ' ▼';
      } else {
        th.removeAttribute('aria-sort');
        if (indicator) indicator.textContent = ' ↕';
      }
    }
    for (const field of Object.keys(FILTER_FIELDS) as (keyof CaseFilters)[]) {
      const select = selectFor(field);
      if (select) select.value = state.filters[field] ?? '';
    }
    const total = records?.length ?? 0;
    if (empty) empty.hidden = shown > 0;
    const message = `${overviewTexts.count(shown, total)} ${overviewTexts.sortedBy(
      columnName(state.sort),
      state.direction,
      state.sort === 'name',
    )}`;
    // The status element is a live region: screen readers announce the new count.
    if (status && status.textContent !== message) status.textContent = message;
    const query = serializeCatalogueState(state);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }

  controls.hidden = false;
  apply();
}
