import { MAX_SELECTED } from '../catalogue/compare-selection';
import { selectionMessages } from '../i18n/cases';

/**
 * Refuses a fifth case in a comparison form: the tick is undone, the reader's own four stay
 * ticked, and a message (a live region) says why and what to do.
 */
export function limitSelection(form: HTMLFormElement, message: HTMLElement): void {
  form.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.name !== 'ids') return;
    // A hidden field is a case chosen on rows not shown now (a split catalogue): it counts too.
    const checked = form.querySelectorAll(
      'input[name="ids"]:checked, input[name="ids"][type="hidden"]',
    ).length;
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
  });
}
