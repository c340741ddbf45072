import { MAX_SELECTED } from '../catalogue/compare-selection';
import { selectionMessages } from '../i18n/cases';

/** The cases chosen in `form`; a hidden field is one chosen on rows not shown now (a split catalogue). */
function chosenCount(form: HTMLFormElement): number {
  return form.querySelectorAll('input[name="ids"]:checked, input[name="ids"][type="hidden"]')
    .length;
}

/**
 * Refuses a fifth case in a comparison form: the tick is undone, the reader's own four stay
 * ticked, and a message (a live region) says why and what to do. With `count` (a live
 * region), the form also says how many are chosen («2 af 4 valgt»), and the bar that holds
 * it (`[data-compare-bar]`) is marked active, so it stays on screen where the reader is.
 */
export function limitSelection(
  form: HTMLFormElement,
  message: HTMLElement,
  count?: HTMLElement | null,
): void {
  const bar = count?.closest<HTMLElement>('[data-compare-bar]');
  const showCount = () => {
    if (!count) return;
    const chosen = chosenCount(form);
    const text = chosen === 0 ? '' : selectionMessages.chosen(chosen, MAX_SELECTED);
    if (count.textContent !== text) count.textContent = text;
    count.hidden = chosen === 0;
    bar?.toggleAttribute('data-active', chosen > 0);
  };
  // Boxes the browser kept ticked when the reader came back to the page.
  showCount();
  form.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.name !== 'ids') return;
    const checked = chosenCount(form);
    if (box.checked && checked > MAX_SELECTED) {
      box.checked = false;
      const label = form.querySelector(`label[for="${CSS.escape(box.id)}"]`);
      const title = box.dataset['title'] ?? label?.textContent?.trim() ?? box.value;
      message.textContent = selectionMessages.fifthRefused(MAX_SELECTED, title);
      message.hidden = false;
    } else if (checked <= MAX_SELECTED) {
      message.hidden = true;
      message.textContent = '';
    }
    showCount();
  });
}
