import { describe, expect, it } from 'vitest';
import {
  EQUAL_WEIGHTS,
  WEIGHT_OPTIONS,
  isEqualWeighting,
  parseWeights,
  weightKey,
  weightParams,
  weightedSum,
} from '../../../src/catalogue/weights';

const scores = {
  theory: { score: 1 },
  effect: { score: 2 },
  description: { score: 3 },
  goals: { score: 4 },
  transferability: { score: 2 },
};

describe('weights in the address', () => {
  it('reads a weight per parameter and keeps the default for the rest', () => {
    const weights = parseWeights('vaegt-virkning=3&vaegt-maal=0');
    expect(weights).toEqual({ ...EQUAL_WEIGHTS, effect: 3, goals: 0 });
  });
  it('ignores a weight outside 0-3 or not a whole number', () => {
    expect(parseWeights('vaegt-virkning=7&vaegt-maal=1.5&vaegt-beskrivelse=x')).toEqual(
      EQUAL_WEIGHTS,
    );
  });
  it('writes only the weights that differ from the default, in axis order', () => {
    expect(weightParams({ ...EQUAL_WEIGHTS, goals: 0, effect: 3 })).toEqual([
      ['vaegt-virkning', '3'],
      ['vaegt-maal', '0'],
    ]);
  });
  it('names the query parameters in Danish', () => {
    expect(weightKey('transferability')).toBe('vaegt-overfoerbarhed');
  });
  it('offers the weights 0 to 3', () => {
    expect(WEIGHT_OPTIONS).toEqual([0, 1, 2, 3]);
  });
});

describe('weightedSum', () => {
  it('is the plain sum with equal weights', () => {
    expect(weightedSum(scores, EQUAL_WEIGHTS)).toBe(12);
    expect(isEqualWeighting(EQUAL_WEIGHTS)).toBe(true);
  });
  it('counts a parameter with weight 3 three times and one with weight 0 not at all', () => {
    const weights = { ...EQUAL_WEIGHTS, effect: 3, goals: 0 };
    expect(weightedSum(scores, weights)).toBe(1 + 6 + 3 + 0 + 2);
    expect(isEqualWeighting(weights)).toBe(false);
  });
});
