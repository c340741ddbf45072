/**
 * «Vis trin for …»: a pathway page narrowed to the steps one actor (or one sector) takes part
 * in. The choice lives in the address (`?aktoer=almen-praksis`, `?sektor=kommune`), so a
 * narrowed page can be reloaded, bookmarked, shared and printed. Pure and browser-safe: the
 * build uses it for the choices and their counts, the browser for reading the address.
 */

/** What a reader can narrow the page to: one actor or one sector, by id. */
export interface StepChoice {
  kind: 'actor' | 'sector';
  id: string;
}

/** Who takes part in a step: its actors' ids and their sectors. */
export interface StepParticipants {
  actors: readonly string[];
  sectors: readonly string[];
}

/** The address parameter of each kind of choice. */
export const CHOICE_PARAMS = { actor: 'aktoer', sector: 'sektor' } as const;

/** One choice offered on the page, with its label and how many steps it keeps. */
export interface ChoiceOption {
  /** The choice as the control's value: `aktoer:almen-praksis`. */
  value: string;
  label: string;
  steps: number;
}

/** A choice as the control's value, and back. */
export function choiceValue(choice: StepChoice): string {
  return `${CHOICE_PARAMS[choice.kind]}:${choice.id}`;
}

export function parseChoiceValue(value: string): StepChoice | null {
  const [param, id] = value.split(':');
  const kind = kindOf(param ?? '');
  return kind && id ? { kind, id } : null;
}

function kindOf(param: string): StepChoice['kind'] | undefined {
  return (Object.keys(CHOICE_PARAMS) as StepChoice['kind'][]).find(
    (kind) => CHOICE_PARAMS[kind] === param,
  );
}

/** Whether a step is one where the chosen actor or sector takes part. */
export function takesPart(choice: StepChoice, step: StepParticipants): boolean {
  return (choice.kind === 'actor' ? step.actors : step.sectors).includes(choice.id);
}

/**
 * The choice in an address's query (`?aktoer=almen-praksis`), or null when it names nothing
 * the page offers (`offered` holds the control's values).
 */
export function readChoice(search: string, offered: readonly string[]): StepChoice | null {
  const params = new URLSearchParams(search);
  for (const kind of Object.keys(CHOICE_PARAMS) as StepChoice['kind'][]) {
    const id = params.get(CHOICE_PARAMS[kind]);
    if (id && offered.includes(choiceValue({ kind, id }))) return { kind, id };
  }
  return null;
}

/** The query that keeps a choice (`?aktoer=almen-praksis`), or '' for the whole pathway. */
export function choiceQuery(choice: StepChoice | null): string {
  return choice ? `?${new URLSearchParams({ [CHOICE_PARAMS[choice.kind]]: choice.id })}` : '';
}

/**
 * The choices for a pathway's steps: every actor that takes part, then every sector, each with
 * the number of steps it keeps, in the order they first appear.
 */
export function choiceOptions(
  steps: readonly StepParticipants[],
  actorName: (id: string) => string,
  sectorLabel: (key: string) => string,
): { actors: ChoiceOption[]; sectors: ChoiceOption[] } {
  const options = (kind: StepChoice['kind'], label: (id: string) => string) => {
    const ids = [
      ...new Set(steps.flatMap((step) => (kind === 'actor' ? step.actors : step.sectors))),
    ];
    return ids.map((id) => ({
      value: choiceValue({ kind, id }),
      label: label(id),
      steps: steps.filter((step) => takesPart({ kind, id }, step)).length,
    }));
  };
  return { actors: options('actor', actorName), sectors: options('sector', sectorLabel) };
}
