import { decodeCatalogueIndex, type IndexedCase } from '../catalogue/catalogue-index';
import { FINDER_MIN_LENGTH, findCases } from '../catalogue/case-finder';
import { finderTexts } from '../i18n/case-lists';
import { el } from './dom';

/**
 * The comparison's chooser when the catalogue is too long to list: the chosen cases as
 * ticked boxes, and a text field that on first use fetches the compact index of every case
 * and offers the cases whose name matches as boxes to tick. Ticked offers join the chosen
 * list when the reader searches again or compares. The limit of four is the form's own
 * (src/client/selection-limit.ts), since every box is in the same form.
 */

export interface Finder {
  /** Puts these cases in the chosen list (unticked until the selection ticks them). */
  addChosen(cases: readonly { id: string; title: string }[]): void;
  /** Moves ticked offers into the chosen list, before the form is read. */
  keepTicked(): void;
}

function choice(item: { id: string; title: string }, doc: Document): HTMLLIElement {
  const inputId = `choose-${item.id}`;
  return el(
    'li',
    { className: 'compare-choice' },
    [
      el('input', {
        className: 'compare-checkbox',
        attrs: {
          type: 'checkbox',
          name: 'ids',
          value: item.id,
          id: inputId,
          'data-title': item.title,
        },
      }),
      el('label', { text: item.title, attrs: { for: inputId } }),
    ],
    doc,
  );
}

export function enhanceFinder(root: HTMLElement, doc: Document = document): Finder | null {
  const chosenList = root.querySelector<HTMLElement>('#compare-chosen');
  const noneChosen = root.querySelector<HTMLElement>('#compare-none-chosen');
  const input = root.querySelector<HTMLInputElement>('#compare-find');
  const status = root.querySelector<HTMLElement>('#compare-find-status');
  const foundSet = root.querySelector<HTMLElement>('#compare-found-set');
  const foundList = root.querySelector<HTMLElement>('#compare-found');
  const indexUrl = root.dataset['index'];
  if (!chosenList || !input || !status || !foundSet || !foundList || !indexUrl) return null;
  let all: IndexedCase[] | null = null;
  let pending: Promise<IndexedCase[]> | null = null;

  const chosenIds = () =>
    new Set(
      [...chosenList.querySelectorAll<HTMLInputElement>('input[name="ids"]')].map((b) => b.value),
    );
  const syncNone = () => {
    if (noneChosen) noneChosen.hidden = chosenList.children.length > 0;
  };

  function keepTicked(): void {
    for (const box of foundList!.querySelectorAll<HTMLInputElement>('input[name="ids"]:checked')) {
      const item = box.closest('li');
      if (item) chosenList!.append(item);
    }
    syncNone();
  }

  function search(): void {
    if (!all) return;
    keepTicked();
    const { offered, matches } = findCases(all, input!.value, chosenIds());
    foundList!.replaceChildren(...offered.map((item) => choice(item, doc)));
    foundSet!.hidden = offered.length === 0;
    const typed = input!.value.trim().length >= FINDER_MIN_LENGTH;
    const message = typed ? finderTexts.matches(offered.length, matches) : '';
    if (status!.textContent !== message) status!.textContent = message;
  }

  function load(): void {
    if (all || pending) return;
    status!.textContent = finderTexts.loading;
    pending = fetch(indexUrl!)
      .then((response) => {
        if (!response.ok) throw new Error(response.statusText);
        return response.json();
      })
      .then(decodeCatalogueIndex);
    pending.then(
      (data) => {
        all = data;
        status!.textContent = '';
        search();
      },
      () => {
        pending = null;
        status!.textContent = finderTexts.loadFailed;
      },
    );
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', () => (all ? search() : load()));
  // Enter in the field searches; it must not send the form half-chosen.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
  root.hidden = false;
  syncNone();

  return {
    addChosen(cases) {
      const known = chosenIds();
      for (const item of cases) if (!known.has(item.id)) chosenList.append(choice(item, doc));
      syncNone();
    },
    keepTicked,
  };
}
