/**
 * The search page's client code. It stays small: Pagefind (its index, its Component UI
 * script and stylesheet, all in the site's own `pagefind/` folder) is fetched only when a
 * person starts to search: on the first focus of, or input in, the search field, or at once
 * when the address carries `?q=`. The field is the page's own form, so it also works as a
 * plain GET form; Pagefind's components render the summary, filters and results.
 */
import { danishQuery, readQuery, withQuery } from '../search/search-query';

/** Pagefind's search engine (the object `pagefind.js`'s `createInstance` returns). */
interface PagefindEngine {
  search(term: string | null, options?: unknown): Promise<unknown>;
}

/** The part of Pagefind's Component UI instance this page uses. */
interface PagefindInstance {
  searchTerm: string;
  searchSort: Record<string, 'asc' | 'desc'>;
  /** Set once the index has loaded (Component UI 1.6 internals; pinned with the package). */
  __pagefind__: PagefindEngine | null;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  registerInput(element: Element, capabilities?: { keyboardNavigation?: boolean }): void;
  focusNextResults(from: Element): boolean;
  on(event: 'error', callback: (error: unknown) => void): void;
}

interface PagefindComponentsGlobal {
  getInstanceManager(): { getInstance(name?: string): PagefindInstance };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponentsGlobal;
  }
}

/** Wait after the last keystroke before searching. */
const DEBOUNCE_MS = 250;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`Could not load ${src}`)));
    document.head.append(script);
  });
}

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)));
    document.head.append(link);
  });
}

/** Loads the index first (so a missing index is caught here), then the Component UI. */
async function loadPagefind(bundlePath: string): Promise<PagefindInstance> {
  await import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
  await Promise.all([
    loadStylesheet(`${bundlePath}pagefind-component-ui.css`),
    loadScript(`${bundlePath}pagefind-component-ui.js`),
  ]);
  const components = window.PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI did not start');
  const instance = components.getInstanceManager().getInstance('default');
  await instance.triggerLoad();
  const engine = instance.__pagefind__;
  if (!engine) throw new Error('Pagefind index did not load');
  // The UI keeps showing the words as typed; only the engine gets the Danish-normalised query.
  const search = engine.search.bind(engine);
  engine.search = (term, options) => search(term === null ? null : danishQuery(term), options);
  return instance;
}

export function setupSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const field = root.querySelector<HTMLElement>('[data-search-field]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const sort = root.querySelector<HTMLSelectElement>('[data-search-sort]');
  const bundlePath = root.dataset['bundlePath'];
  if (!form || !field || !input || !results || !status || !sort || !bundlePath) return;

  let instance: PagefindInstance | null = null;
  let loading: Promise<PagefindInstance | null> | null = null;
  let timer: number | undefined;

  const showNotice = (text: string) => {
    status.textContent = text;
    status.classList.toggle('notice', text !== '');
  };

  const failed = () => {
    results.hidden = true;
    showNotice(
      (import.meta.env.DEV ? root.dataset['devNotice'] : root.dataset['unavailable']) ?? '',
    );
    return null;
  };

  const load = (): Promise<PagefindInstance | null> => {
    loading ??= (async () => {
      showNotice(root.dataset['loading'] ?? '');
      try {
        const loaded = await loadPagefind(bundlePath);
        // Let Pagefind's arrow-key navigation return to, and type into, this page's field.
        Object.assign(field, { inputEl: input, focus: () => input.focus() });
        loaded.registerInput(field, { keyboardNavigation: true });
        loaded.on('error', failed);
        instance = loaded;
        showNotice('');
        return loaded;
      } catch (error) {
        console.warn('Søgningen kunne ikke indlæses:', error);
        return failed();
      }
    })();
    return loading;
  };

  const run = async (term: string) => {
    window.clearTimeout(timer);
    const loaded = await load();
    if (!loaded) return;
    loaded.triggerSearch(term.trim());
    // Filters and sorting only mean something once there are words to search for.
    results.hidden = term.trim() === '';
    history.replaceState(history.state, '', withQuery(location.href, term));
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && instance?.focusNextResults(input)) event.preventDefault();
    if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      input.value = '';
      void run('');
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  sort.addEventListener('change', () => {
    if (!instance) return;
    const [key, direction] = sort.value.split(':');
    instance.searchSort =
      key && (direction === 'asc' || direction === 'desc') ? { [key]: direction } : {};
    if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
  });

  const initial = readQuery(location.search);
  if (initial !== '') {
    input.value = initial;
    void run(initial);
  }
}

const root = document.querySelector<HTMLElement>('[data-site-search]');
if (root) setupSearchPage(root);
