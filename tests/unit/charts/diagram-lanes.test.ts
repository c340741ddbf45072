import { describe, expect, it } from 'vitest';
import { laneOrder, primaryLane, sharedLanes } from '../../../src/charts/diagram-lanes';

const steps = [
  { id: 'a', actorLanes: ['almen-praksis', 'borger'] },
  { id: 'b', actorLanes: ['sygehus'] },
  { id: 'c', actorLanes: ['kommune', 'sygehus', 'kommune'] },
];

describe('diagram lanes', () => {
  it('orders lanes by first mention and moves the given lanes to the end', () => {
    expect(laneOrder(steps, ['borger'])).toEqual(['almen-praksis', 'sygehus', 'kommune', 'borger']);
  });

  it('leaves out a last lane that no step uses', () => {
    expect(laneOrder(steps, ['civilsamfund'])).not.toContain('civilsamfund');
  });

  it('draws a step in the lane of its first actor', () => {
    expect(primaryLane(steps[2]!)).toBe('kommune');
  });

  it('lists each other lane of a step once', () => {
    expect(sharedLanes(steps[2]!)).toEqual(['sygehus']);
  });

  it('refuses a step without actors, naming the step', () => {
    expect(() => primaryLane({ id: 'tom', actorLanes: [] })).toThrow(/«tom»/);
  });
});
