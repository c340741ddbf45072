/**
 * The search page's client code, on Pagefind's documented JS search API (`pagefind.js`:
 * `options`, `init`, `search`, `filters`, each result's `data()`). Pagefind (the index in the
 * site's own `pagefind/` folder) is fetched only when a person starts to search: on the first
 * focus of, or input in, the field, or at once when the address carries `?q=`. The words
 * reach Pagefind without fillers and Danish-normalised (`searchQuestion`); when they find
 * little, pages with most of the words follow in a list of their own. The page shows the
 * words as typed.
 */
import { search as t } from '../i18n/search';
import { highlightFor, type Highlight, type SynonymTerms } from '../search/highlight';
import { searchQuestion, type SearchEngine } from '../search/question-search';
import { readQuery, SEARCH_RANKING, withQuery } from '../search/search-query';
import {
  filterButtonText,
  filterCounts,
  pagefindFilters,
  shownFilterCounts,
  summaryText,
  type FilterSelection,
} from '../search/search-view';
import { renderFilters, renderResults, type PagefindResult } from './search-results';

/** The part of `pagefind.js` this page uses (Pagefind's documented JS API). */
interface PagefindApi extends SearchEngine<PagefindResult> {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The synonym groups the page carries, for marking the words a page was found by. */
function readSynonyms(json: string | undefined): SynonymTerms[] {
  try {
    const parsed: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(parsed) ? (parsed as SynonymTerms[]) : [];
  } catch {
    return [];
  }
}

/** Wait after the last keystroke before searching. */
const DEBOUNCE_MS = 250;
/** Results shown at first and per «Vis flere». */
const PAGE_SIZE = 10;

export function setupSearchPage(root: HTMLElement): void {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('[data-search-input]');
  const results = $('[data-search-results]');
  const status = $('[data-search-status]');
  const summary = $('[data-search-summary]');
  const list = $<HTMLOListElement>('[data-search-list]');
  const partialSection = $('[data-search-partial]');
  const partialList = $<HTMLOListElement>('[data-search-partial-list]');
  const searched = $('[data-search-words]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const sort = $<HTMLSelectElement>('[data-search-sort]');
  const toggle = $<HTMLButtonElement>('[data-filter-toggle]');
  const panel = $('[data-search-filters]');
  const groups = $('[data-filter-groups]');
  const clear = $<HTMLButtonElement>('[data-filter-clear]');
  const bundlePath = root.dataset['bundlePath'];
  const baseUrl = root.dataset['baseUrl'] ?? '/';
  if (!form || !input || !results || !status || !summary || !list || !more || !sort) return;
  if (!toggle || !panel || !groups || !clear || !bundlePath) return;
  if (!partialSection || !partialList || !searched) return;
  const synonyms = readSynonyms(root.dataset['synonyms']);

  let pagefind: Promise<PagefindApi | null> | null = null;
  let selection: FilterSelection = {};
  let found: PagefindResult[] = [];
  /** Where the pages with only most of the words begin in `found`. */
  let partialFrom = 0;
  let highlight: Highlight = { prefixes: [], compounds: [] };
  let shown = 0;
  let query = '';
  let run = 0;
  let timer: number | undefined;

  const showNotice = (text: string) => {
    status.textContent = text;
    status.classList.toggle('notice', text !== '');
  };

  const load = (): Promise<PagefindApi | null> => {
    pagefind ??= (async () => {
      showNotice(t.loading);
      try {
        const api = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindApi;
        await api.options({ baseUrl, ranking: SEARCH_RANKING });
        await api.init();
        showNotice('');
        return api;
      } catch (error) {
        console.warn('Søgningen kunne ikke indlæses:', error);
        results.hidden = true;
        showNotice(import.meta.env.DEV ? t.devNotice : t.unavailable);
        return null;
      }
    })();
    return pagefind;
  };

  const showMore = async () => {
    const next = found.slice(shown, shown + PAGE_SIZE);
    const current = run;
    const data = await Promise.all(next.map((result) => result.data()));
    if (current !== run) return;
    const split = Math.max(0, Math.min(next.length, partialFrom - shown));
    renderResults(list, data.slice(0, split), highlight);
    renderResults(partialList, data.slice(split), highlight);
    shown += next.length;
    partialSection.hidden = partialList.childElementCount === 0;
    more.hidden = shown >= found.length;
  };

  /** The title links of the shown results, in reading order. */
  const resultLinks = () => [
    ...results.querySelectorAll<HTMLAnchorElement>('.search-result-title a'),
  ];

  const updateFilterButton = () => {
    toggle.textContent = filterButtonText(selection);
    clear.hidden = Object.values(selection).every((values) => values.length === 0);
  };

  const search = async () => {
    window.clearTimeout(timer);
    const current = ++run;
    const api = await load();
    if (!api || current !== run) return;
    history.replaceState(history.state, '', withQuery(location.href, query));
    if (query === '') {
      results.hidden = true;
      summary.textContent = '';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const [key, direction] = sort.value.split(':');
    const sorting =
      key && (direction === 'asc' || direction === 'desc') ? { [key]: direction } : {};
    // The filter index loads first: only then does a search count the results per value.
    const all = await api.filters();
    const response = await searchQuestion(api, query, {
      filters: pagefindFilters(selection),
      sort: sorting,
    });
    if (!response || current !== run) return;
    found = [...response.results, ...response.partial];
    partialFrom = response.results.length;
    highlight = highlightFor(response.plan.words, synonyms);
    shown = 0;
    // Pages with most of the words come from several searches: their counts are counted here.
    const counts =
      response.partial.length > 0
        ? filterCounts(await Promise.all(found.map((result) => result.data())))
        : response.filters;
    if (current !== run) return;
    const offered = shownFilterCounts(counts, response.totals, selection);
    renderFilters(groups, all, offered, selection, (next) => {
      selection = next;
      updateFilterButton();
      void search();
    });
    updateFilterButton();
    summary.textContent = summaryText(response.results.length, query, response.partial.length);
    searched.textContent =
      response.plan.dropped.length > 0 ? t.searchedFor(response.plan.words.join(' ')) : '';
    results.hidden = false;
    list.replaceChildren();
    partialList.replaceChildren();
    partialSection.hidden = true;
    await showMore();
    if (current === run) list.setAttribute('aria-busy', 'false');
  };

  const searchFor = (text: string) => {
    query = text.trim();
    void search();
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => searchFor(input.value), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const [first] = resultLinks();
      if (first && !results.hidden) {
        event.preventDefault();
        first.focus();
      }
    }
    if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      input.value = '';
      searchFor('');
    }
  });
  // ↑ and ↓ move between the result titles; ↑ from the first one returns to the field.
  results.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[at + 1] : (links[at - 1] ?? input);
    next?.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchFor(input.value);
  });
  sort.addEventListener('change', () => void search());
  more.addEventListener('click', () => {
    const firstNew = shown;
    void showMore().then(() => {
      resultLinks()[firstNew]?.focus();
    });
  });
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    panel.toggleAttribute('data-open', open);
  });
  clear.addEventListener('click', () => {
    selection = {};
    updateFilterButton();
    void search();
    input.focus();
  });

  const initial = readQuery(location.search);
  if (initial !== '') {
    input.value = initial;
    searchFor(initial);
  }
}

const root = document.querySelector<HTMLElement>('[data-site-search]');
if (root) setupSearchPage(root);
