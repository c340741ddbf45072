import { describe, expect, it } from 'vitest';
import {
  conditionKey,
  stepsThatCannotEnd,
  unreachableSteps,
  type FlowStep,
} from '../../../src/pathways/step-flow';

const step = (id: string, branches: FlowStep['branches'] = []): FlowStep => ({ id, branches });

describe('unreachableSteps', () => {
  it('finds no unreachable step in a list of steps without branches', () => {
    expect(unreachableSteps([step('a'), step('b'), step('c')])).toEqual([]);
  });
  it('treats a decision whose every branch names a step as covering every case', () => {
    const steps = [step('a', [{ condition: 'x', next: 'c' }]), step('b'), step('c')];
    expect(unreachableSteps(steps)).toEqual(['b']);
  });
  it('lets a step with an outcome-only branch lead on to the step listed after it', () => {
    const steps = [step('a', [{ condition: 'x' }]), step('b')];
    expect(unreachableSteps(steps)).toEqual([]);
  });
  it('reaches a step that only a later step points back to', () => {
    const steps = [
      step('a', [{ condition: 'x', next: 'c' }]),
      step('b'),
      step('c', [{ condition: 'y', next: 'b' }]),
    ];
    expect(unreachableSteps(steps)).toEqual([]);
  });
});

describe('stepsThatCannotEnd', () => {
  it('lets a list end at its last step', () => {
    expect(stepsThatCannotEnd([step('a'), step('b')])).toEqual([]);
  });
  it('lets a pathway end at a branch that has an outcome and no next step', () => {
    const steps = [
      step('a', [{ condition: 'x', next: 'a2' }, { condition: 'y' }]),
      step('a2', [{ condition: 'z', next: 'a' }]),
    ];
    expect(stepsThatCannotEnd(steps)).toEqual([]);
  });
  it('names every step caught in a circle with no way out', () => {
    const steps = [
      step('a', [{ condition: 'x', next: 'b' }]),
      step('b', [{ condition: 'y', next: 'a' }]),
    ];
    expect(stepsThatCannotEnd(steps)).toEqual(['a', 'b']);
  });
});

describe('conditionKey', () => {
  it('compares conditions regardless of case, spacing and a closing full stop', () => {
    expect(conditionKey('Patienten  er for syg.')).toBe(conditionKey('patienten er for syg'));
  });
  it('keeps conditions that differ in words apart', () => {
    expect(conditionKey('Patienten er syg')).not.toBe(conditionKey('Patienten er rask'));
  });
});
