import { decodeCatalogueIndex, type IndexedCase } from '../catalogue/catalogue-index';
import { matchesFilters, type CatalogueState } from '../catalogue/case-filters';
import { catalogueStatus } from '../catalogue/catalogue-status';
import { places, sortCases } from '../catalogue/ranking';
import { rowWindow } from '../catalogue/row-window';
import { isEqualWeighting, weightedSum } from '../catalogue/weights';
import { overviewTexts } from '../i18n/cases';
import { cataloguePageTexts } from '../i18n/case-lists';
import { renderCatalogueRow } from './catalogue-rows';
import { el } from './dom';

/**
 * A catalogue split over several static pages, in the browser: on the first use of a control
 * (or at load, when the address asks for a filter, sort or weight) it fetches the compact index
 * of every case once, then filters, sorts and re-weights across all of them and shows the
 * result `pageSize` rows at a time, with «Vis flere» for the next rows. While it loads, and if
 * it fails, the status line says so and the static page stays as it is.
 *
 * Cases ticked for comparison stay ticked when the rows are redrawn; a ticked case that is not
 * among the rows shown goes with the form as a hidden field, and a line names it.
 */

interface SplitOptions {
  table: HTMLElement;
  tbody: HTMLElement;
  status: HTMLElement;
  empty: HTMLElement | null;
  compareForm: HTMLFormElement | null;
  indexUrl: string;
  pageSize: number;
}

export interface SplitCatalogue {
  /** Shows `state` across every case, fetching the index first if needed. */
  show(state: CatalogueState): void;
  /** True once every case is at hand (then the table shows the browser's rows). */
  readonly active: boolean;
}

export function splitCatalogue(options: SplitOptions, doc: Document = document): SplitCatalogue {
  const { table, tbody, status, empty, compareForm, indexUrl, pageSize } = options;
  let all: IndexedCase[] | null = null;
  let pending: Promise<IndexedCase[]> | null = null;
  let current: CatalogueState | null = null;
  let wanted = pageSize;

  const chosen = new Map<string, string>();
  for (const box of compareForm?.querySelectorAll<HTMLInputElement>('input[name="ids"]:checked') ??
    []) {
    chosen.set(box.value, box.dataset['title'] ?? box.value);
  }
  const carried = el('div', { attrs: { id: 'compare-carried' } });
  compareForm?.querySelector('#catalogue-empty')?.before(carried);
  compareForm?.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.name !== 'ids') return;
    if (box.checked) chosen.set(box.value, box.dataset['title'] ?? box.value);
    else chosen.delete(box.value);
  });

  const more = el('button', {
    className: 'rounded border border-line bg-paper px-3 py-1 font-semibold text-ink',
    attrs: { type: 'button', id: 'catalogue-more' },
  });
  const moreBlock = el('p', { className: 'no-print mt-3' }, [more]);
  moreBlock.hidden = true;
  table.after(moreBlock);
  more.addEventListener('click', () => {
    const before = tbody.querySelectorAll('tr').length;
    wanted = before + pageSize;
    render();
    // Keyboard readers go on from the first new row, not back to the top.
    tbody.querySelectorAll('tr')[before]?.querySelector('a')?.focus();
  });

  function load(): Promise<IndexedCase[]> {
    pending ??= fetch(indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(response.statusText);
        return response.json();
      })
      .then(decodeCatalogueIndex);
    pending.catch(() => {
      pending = null;
    });
    return pending;
  }

  function updateCarried(): void {
    const shown = new Set(
      [...tbody.querySelectorAll<HTMLInputElement>('input[name="ids"]')].map((box) => box.value),
    );
    const away = [...chosen].filter(([id]) => !shown.has(id));
    carried.replaceChildren(
      ...away.map(([id, title]) =>
        el('input', { attrs: { type: 'hidden', name: 'ids', value: id, 'data-title': title } }),
      ),
      ...(away.length > 0
        ? [
            el('p', {
              className: 'mt-3 max-w-[70ch]',
              text: cataloguePageTexts.alsoChosen(away.map(([, title]) => title)),
            }),
          ]
        : []),
    );
  }

  function render(): void {
    if (!all || !current) return;
    const { weights, filters, sort, direction } = current;
    const ranked = sortCases(all, 'rank', 'desc', weights);
    const rankPlaces = places(ranked, weights);
    const placeOf = new Map(ranked.map((item, index) => [item.id, rankPlaces[index]!]));
    const matching = sortCases(
      all.filter((item) => matchesFilters(item, filters)),
      sort,
      direction,
      weights,
    );
    const shown = rowWindow(matching, wanted, pageSize);
    const totalLabel = isEqualWeighting(weights)
      ? overviewTexts.total
      : overviewTexts.weightedTotal;
    tbody.replaceChildren(
      ...shown.rows.map((item) => {
        const place = placeOf.get(item.id);
        const label = place ? overviewTexts.placeLabel(place.place, place.shared) : '';
        const total = weightedSum(item.scores, weights);
        return renderCatalogueRow(item, label, total, totalLabel, chosen.has(item.id), doc);
      }),
    );
    // The static page links lead to the equal-weight pages; the browser's rows replace them.
    for (const nav of doc.querySelectorAll<HTMLElement>('nav.pagination')) nav.hidden = true;
    moreBlock.hidden = shown.next === 0;
    more.textContent = cataloguePageTexts.showMore(shown.next);
    if (empty) empty.hidden = matching.length > 0;
    updateCarried();
    const counted = catalogueStatus(matching.length, all.length, sort, direction, weights);
    const message =
      shown.rows.length < matching.length
        ? `${counted} ${cataloguePageTexts.firstShown(shown.rows.length)}`
        : counted;
    if (status.textContent !== message) status.textContent = message;
  }

  return {
    get active() {
      return all !== null;
    },
    show(state) {
      current = state;
      wanted = pageSize;
      if (all) {
        render();
        return;
      }
      status.textContent = cataloguePageTexts.loading;
      table.setAttribute('aria-busy', 'true');
      load().then(
        (data) => {
          all = data;
          table.removeAttribute('aria-busy');
          render();
        },
        () => {
          table.removeAttribute('aria-busy');
          status.textContent = cataloguePageTexts.loadFailed;
        },
      );
    },
  };
}
