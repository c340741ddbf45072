/**
 * DOM for the search page's results and filters, built from text nodes only (an excerpt is
 * split into plain text and marked words first, `excerptPieces`), so nothing from the index
 * or the address is ever parsed as HTML.
 */
import { search as t } from '../i18n/search';
import type { Highlight } from '../search/highlight';
import {
  filterLabel,
  isOffered,
  orderedFilterNames,
  resultView,
  type FilterSelection,
  type ResultData,
} from '../search/search-view';

/** A result of `pagefind.search`, before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function resultItem(data: ResultData, highlight: Highlight): HTMLLIElement {
  const view = resultView(data, highlight);
  const item = element('li', 'search-result');
  if (view.type !== '') item.append(element('p', 'search-result-type', view.type));
  const heading = element('h3', 'search-result-title');
  const link = element('a', undefined, view.title);
  link.href = view.url;
  heading.append(link);
  item.append(heading);
  if (view.excerpt.length > 0) {
    const excerpt = element('p', 'search-result-excerpt');
    for (const piece of view.excerpt) {
      excerpt.append(piece.marked ? element('mark', undefined, piece.text) : piece.text);
    }
    item.append(excerpt);
  }
  if (view.sections.length > 0) {
    const sections = element('ul', 'search-result-sections');
    sections.setAttribute('aria-label', `${t.sectionsLabel}: ${view.title}`);
    for (const section of view.sections) {
      const entry = element('li');
      const sectionLink = element('a', undefined, section.title);
      sectionLink.href = section.url;
      entry.append(sectionLink);
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}

/** Adds results to the list, their excerpts marking the words of `highlight`. */
export function renderResults(list: HTMLOListElement, data: ResultData[], highlight: Highlight) {
  list.append(...data.map((result) => resultItem(result, highlight)));
}

/**
 * Shows one group of checkboxes per filter, each value with the number of results it would
 * leave; a value that would leave none is not offered (hidden, unless it is chosen, so it can
 * be unchosen), nor is a group with no value left. The boxes are built on the first call
 * (which also registers `onChange`) and then only updated, so focus stays where it is.
 */
export function renderFilters(
  container: HTMLElement,
  all: Record<string, Record<string, number>>,
  counts: Record<string, Record<string, number>>,
  selection: FilterSelection,
  onChange: (selection: FilterSelection) => void,
): void {
  if (!container.hasChildNodes()) {
    for (const [groupIndex, name] of orderedFilterNames(Object.keys(all)).entries()) {
      const fieldset = element('fieldset');
      fieldset.dataset['filterName'] = name;
      fieldset.append(element('legend', undefined, filterLabel(name)));
      const values = Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, 'da'));
      for (const [valueIndex, value] of values.entries()) {
        const id = `filter-${groupIndex}-${valueIndex}`;
        const label = element('label', 'search-filter-option');
        label.htmlFor = id;
        const box = element('input');
        box.type = 'checkbox';
        box.id = id;
        box.value = value;
        box.dataset['filterName'] = name;
        label.append(
          box,
          element('span', undefined, value),
          element('span', 'search-filter-count'),
        );
        fieldset.append(label);
      }
      container.append(fieldset);
    }
    container.addEventListener('change', () => {
      const next: Record<string, string[]> = {};
      for (const box of container.querySelectorAll<HTMLInputElement>('input:checked')) {
        const name = box.dataset['filterName'] ?? '';
        (next[name] ??= []).push(box.value);
      }
      onChange(next);
    });
  }
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const name = box.dataset['filterName'] ?? '';
    box.checked = selection[name]?.includes(box.value) ?? false;
    const left = counts[name]?.[box.value] ?? 0;
    const label = box.parentElement;
    if (label) label.hidden = !isOffered(left, box.checked);
    const count = label?.querySelector('.search-filter-count');
    if (count) count.textContent = `(${left})`;
  }
  for (const fieldset of container.querySelectorAll('fieldset')) {
    fieldset.hidden = fieldset.querySelector('label:not([hidden])') === null;
  }
}
