import { stepFilterTexts as texts } from '../i18n/pathways';
import {
  choiceQuery,
  choiceValue,
  parseChoiceValue,
  readChoice,
  takesPart,
  type StepChoice,
} from '../pathways/step-filter';
import { showAddressInPrint } from './print-address';

/**
 * «Vis trin for …» on a pathway page: the links to the actor pages give way to a choice of actor
 * or sector, which hides every step, diagram row and decision the choice takes no part in, folds
 * the text of the steps left (paper prints it), says how many steps are left, and keeps the
 * choice in the address (reload, bookmark, print).
 */

const words = (value: string | null) => (value ?? '').split(' ').filter(Boolean);

export function enhanceStepFilter(doc: Document = document): void {
  const root = doc.querySelector<HTMLElement>('[data-step-filter]');
  const form = root?.querySelector<HTMLElement>('.step-filter-form');
  const select = root?.querySelector('select');
  const status = root?.querySelector<HTMLElement>('[role="status"]');
  const reset = root?.querySelector('button');
  const pages = root?.querySelector<HTMLElement>('.step-filter-pages');
  if (!root || !form || !select || !status || !reset || !pages) return;
  const offered = [...select.options].map((option) => option.value).filter(Boolean);
  const steps = doc.querySelectorAll('li[data-step]').length;

  const apply = (choice: StepChoice | null) => {
    let shown = 0;
    for (const element of doc.querySelectorAll('[data-step]')) {
      const keep =
        choice === null ||
        takesPart(choice, {
          actors: words(element.getAttribute('data-actors')),
          sectors: words(element.getAttribute('data-sectors')),
        });
      element.toggleAttribute('hidden', !keep);
      if (keep && element.localName === 'li') shown += 1;
    }
    select.value = choice ? choiceValue(choice) : '';
    const label = select.selectedOptions[0]?.dataset['label'] ?? '';
    status.textContent = choice ? texts.status(label, shown, steps) : '';
    reset.hidden = choice === null;
    doc.documentElement.classList.toggle('steps-narrowed', choice !== null);
    // Narrowed, each step shows its heading and folds its text; the diagram holds its decisions.
    for (const fold of doc.querySelectorAll<HTMLDetailsElement>('details.step-more')) {
      fold.open = choice === null;
    }
    openTarget();
  };

  /** A step reached by a link (a diagram box) opens its fold. */
  const openTarget = () => {
    const id = decodeURIComponent(doc.location.hash.slice(1));
    const target = id ? doc.getElementById(id) : null;
    const fold = target?.querySelector<HTMLDetailsElement>(':scope > details.step-more');
    if (fold) fold.open = true;
  };
  window.addEventListener('hashchange', openTarget);

  const choose = (choice: StepChoice | null) => {
    const { pathname, hash } = doc.location;
    window.history.replaceState(
      window.history.state,
      '',
      `${pathname}${choiceQuery(choice)}${hash}`,
    );
    apply(choice);
    showAddressInPrint(doc);
  };

  select.addEventListener('change', () => choose(parseChoiceValue(select.value)));
  reset.addEventListener('click', () => {
    choose(null);
    select.focus();
  });
  pages.hidden = true;
  form.hidden = false;
  const initial = readChoice(doc.location.search, offered);
  apply(initial);
  showAddressInPrint(doc);
}
