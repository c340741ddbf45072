import {
  CASE_ID_TOKEN,
  parseCompareSelection,
  readIdsParam,
  selectionQuery,
  type CompareSelection,
} from '../catalogue/compare-selection';
import type { CaseRecord } from '../catalogue/case-record';
import { compareTexts } from '../i18n/cases';
import { el } from './dom';
import type { enhanceFinder } from './compare-finder';
import { renderComparison } from './compare-render';
import { limitSelection } from './selection-limit';
import { showAddressInPrint } from './print-address';

/**
 * The comparison page in the browser: reads `?ids=` (untrusted), checks it against the cases
 * listed in the form, fetches only the chosen cases' data (one small JSON file each, so the
 * page does not grow with the catalogue) and draws the chart and tables with DOM APIs only.
 *
 * A catalogue too long to list gives the page a finder instead of the list: the ids in the
 * address are then checked by fetching their data (an id with no data file is unknown), and
 * the chosen cases become ticked boxes in the finder's list.
 */

/** The form a case id has (lower case, digits, dashes); anything else is unknown unasked. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** At most this many ids from the address are looked up; the rest count as unknown. */
const MAX_LOOKUPS = 12;

class MissingCase extends Error {}

/**
 * Enhances the comparison. `withFinder` is the finder's code (src/client/compare-finder.ts),
 * passed in only on a page that has the finder (CompareFinder.astro loads it), so the page of a
 * short catalogue carries none of it.
 */
export function enhanceCompare(doc: Document = document, withFinder?: typeof enhanceFinder): void {
  const form = doc.getElementById('compare-choose') as HTMLFormElement | null;
  const messages = doc.getElementById('compare-messages');
  const result = doc.getElementById('compare-result');
  const output = doc.getElementById('compare-output');
  const heading = doc.getElementById('compare-result-heading');
  const limitMessage = doc.getElementById('compare-limit-message');
  if (!form || !messages || !result || !output || !heading || !limitMessage) return;
  const finderRoot = doc.getElementById('compare-finder');
  const finder = finderRoot && withFinder ? withFinder(finderRoot, doc) : null;
  const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[name="ids"]')];
  const listedIds = boxes().map((box) => box.value);
  const template = result.dataset['caseData'] ?? '';
  const dataHref = (id: string) => template.replace(CASE_ID_TOKEN, encodeURIComponent(id));
  const cache = new Map<string, Promise<CaseRecord>>();
  const load = (id: string) => {
    let found = cache.get(id);
    if (!found) {
      found = fetch(dataHref(id)).then((response) => {
        if (response.status === 404) throw new MissingCase(id);
        if (!response.ok) throw new Error(response.statusText);
        return response.json() as Promise<CaseRecord>;
      });
      found.catch(() => cache.delete(id));
      cache.set(id, found);
    }
    return found;
  };
  let shownRequest = 0;

  /** The known ids among `requested`: the listed ones, or (with the finder) those with data. */
  async function knownIds(requested: readonly string[]): Promise<string[]> {
    if (!finder) return listedIds;
    const wanted = [...new Set(requested.map((id) => id.toLowerCase()))]
      .filter((id) => ID_PATTERN.test(id))
      .slice(0, MAX_LOOKUPS);
    const looked = await Promise.allSettled(wanted.map(load));
    if (looked.some((r) => r.status === 'rejected' && !(r.reason instanceof MissingCase))) {
      throw new Error('lookup failed');
    }
    const found = looked.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    finder.addChosen(found);
    return found.map((record) => record.id);
  }

  async function show(selection: CompareSelection, moveFocus: boolean): Promise<void> {
    const request = ++shownRequest;
    const notes = selection.messages.map((text) =>
      el('p', { className: 'notice max-w-[70ch]', text }),
    );
    messages!.replaceChildren(...notes);
    for (const box of boxes()) box.checked = selection.chosen.includes(box.value);
    if (selection.ids.length < 2) {
      output!.replaceChildren();
      result!.hidden = true;
      if (moveFocus && notes.length > 0) messages!.focus();
      return;
    }
    output!.replaceChildren(el('p', { text: compareTexts.loading }));
    result!.hidden = false;
    try {
      const chosen = await Promise.all(selection.ids.map(load));
      if (request !== shownRequest) return;
      output!.replaceChildren(...renderComparison(chosen, doc));
      if (moveFocus) heading!.focus();
    } catch {
      if (request !== shownRequest) return;
      output!.replaceChildren(el('p', { className: 'notice', text: compareTexts.loadFailed }));
    }
  }

  async function fromLocation(moveFocus: boolean): Promise<void> {
    const requested = readIdsParam(window.location.search);
    let known: string[];
    try {
      known = await knownIds(requested);
    } catch {
      result!.hidden = false;
      output!.replaceChildren(el('p', { className: 'notice', text: compareTexts.loadFailed }));
      return;
    }
    const selection = parseCompareSelection(requested, known);
    void show(selection, moveFocus);
    // Keep a clean, shareable address: ?ids=a,b with only known cases.
    if (requested.length > 0 && selection.unknown.length === 0 && !selection.tooMany) {
      const clean = selection.ids.length > 0 ? `?${selectionQuery(selection.ids)}` : '';
      if (clean !== window.location.search) {
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${clean}`,
        );
      }
    }
    showAddressInPrint();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    finder?.keepTicked();
    const ids = boxes()
      .filter((box) => box.checked)
      .map((box) => box.value);
    // Every box on the page is a known case: listed, found in the index or fetched.
    const selection = parseCompareSelection(ids, finder ? ids : listedIds);
    const query = selection.chosen.length > 0 ? `?${selectionQuery(selection.chosen)}` : '';
    window.history.pushState(null, '', `${window.location.pathname}${query}`);
    showAddressInPrint();
    void show(selection, true);
  });
  limitSelection(form, limitMessage);
  window.addEventListener('popstate', () => void fromLocation(false));
  void fromLocation(false);
}
