/**
 * The search page's client code, on Pagefind's documented JS search API (`pagefind.js`:
 * `options`, `init`, `search`, `filters`, each result's `data()`). Pagefind (the index in the
 * site's own `pagefind/` folder) is fetched only when a person starts to search: on the first
 * focus of, or input in, the field, or at once when the address carries `?q=`. The words
 * reach Pagefind Danish-normalised (`danishQuery`); the page shows them as typed.
 */
import { search as t } from '../i18n/search';
import { danishQuery, readQuery, SEARCH_RANKING, withQuery } from '../search/search-query';
import {
  filterButtonText,
  pagefindFilters,
  summaryText,
  type FilterSelection,
} from '../search/search-view';
import {
  renderFilters,
  renderResults,
  type PagefindResult,
  type PagefindSearch,
} from './search-results';

/** The part of `pagefind.js` this page uses (Pagefind's documented JS API). */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
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

  let pagefind: Promise<PagefindApi | null> | null = null;
  let selection: FilterSelection = {};
  let found: PagefindResult[] = [];
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
    renderResults(list, data, shown === 0);
    shown += next.length;
    more.hidden = shown >= found.length;
  };

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
    const response = await api.search(danishQuery(query), {
      filters: pagefindFilters(selection),
      sort: sorting,
    });
    if (!response || current !== run) return;
    found = response.results;
    shown = 0;
    renderFilters(groups, all, response.filters, selection, (next) => {
      selection = next;
      updateFilterButton();
      void search();
    });
    updateFilterButton();
    summary.textContent = summaryText(found.length, query);
    results.hidden = false;
    list.replaceChildren();
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
      const first = list.querySelector<HTMLAnchorElement>('.search-result-title a');
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
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.search-result-title a')];
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
      list.querySelectorAll<HTMLAnchorElement>('.search-result-title a')[firstNew]?.focus();
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
