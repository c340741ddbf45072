import { describe, expect, it } from 'vitest';
import {
  choiceOptions,
  choiceQuery,
  choiceValue,
  parseChoiceValue,
  readChoice,
  takesPart,
} from '../../../src/pathways/step-filter';

const steps = [
  { actors: ['almen-praksis', 'borger'], sectors: ['almen-praksis', 'borger'] },
  { actors: ['sygehus'], sectors: ['sygehus'] },
  { actors: ['kommune', 'almen-praksis'], sectors: ['kommune', 'almen-praksis'] },
];
const names: Record<string, string> = {
  'almen-praksis': 'Almen praksis',
  borger: 'Patient og pårørende',
  sygehus: 'Sygehus',
  kommune: 'Kommune',
};
const options = choiceOptions(
  steps,
  (id) => names[id] ?? id,
  (key) => `Sektor ${key}`,
);
const offered = [...options.actors, ...options.sectors].map((option) => option.value);

describe('choiceOptions', () => {
  it('offers every actor that takes part, in order of first appearance, with its steps', () => {
    expect(options.actors.map((option) => [option.label, option.steps])).toEqual([
      ['Almen praksis', 2],
      ['Patient og pårørende', 1],
      ['Sygehus', 1],
      ['Kommune', 1],
    ]);
  });

  it('offers every sector too', () => {
    expect(options.sectors.map((option) => option.value)).toEqual([
      'sektor:almen-praksis',
      'sektor:borger',
      'sektor:sygehus',
      'sektor:kommune',
    ]);
  });
});

describe('takesPart', () => {
  it('keeps the steps the chosen actor or sector takes part in', () => {
    const actor = { kind: 'actor', id: 'almen-praksis' } as const;
    expect(steps.map((step) => takesPart(actor, step))).toEqual([true, false, true]);
    const sector = { kind: 'sector', id: 'sygehus' } as const;
    expect(steps.map((step) => takesPart(sector, step))).toEqual([false, true, false]);
  });
});

describe('the choice in the address', () => {
  it('is written as ?aktoer=<id> or ?sektor=<key>', () => {
    expect(choiceQuery({ kind: 'actor', id: 'almen-praksis' })).toBe('?aktoer=almen-praksis');
    expect(choiceQuery({ kind: 'sector', id: 'kommune' })).toBe('?sektor=kommune');
    expect(choiceQuery(null)).toBe('');
  });

  it('is read back from the address', () => {
    expect(readChoice('?aktoer=almen-praksis', offered)).toEqual({
      kind: 'actor',
      id: 'almen-praksis',
    });
    expect(readChoice('?sektor=kommune', offered)).toEqual({ kind: 'sector', id: 'kommune' });
  });

  it('is ignored when it names nothing the page offers', () => {
    expect(readChoice('?aktoer=tandlaege', offered)).toBeNull();
    expect(readChoice('?ids=a,b', offered)).toBeNull();
    expect(readChoice('', offered)).toBeNull();
  });

  it('goes to the control’s value and back unchanged', () => {
    const choice = { kind: 'actor', id: 'kommune' } as const;
    expect(parseChoiceValue(choiceValue(choice))).toEqual(choice);
    expect(parseChoiceValue('')).toBeNull();
    expect(parseChoiceValue('andet:x')).toBeNull();
  });
});
