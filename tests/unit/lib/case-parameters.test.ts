import { describe, expect, it } from 'vitest';
import { PARAMETER_ORDER, SCALE_MAX, SCALE_MIN } from '../../../src/lib/case-parameters';
import { PARAMETERS, SCORE_MAX, SCORE_MIN } from '../../../src/schemas/assessment';

describe('the browser-safe copy of the parameters', () => {
  it('has the same parameters in the same axis order as the schema', () => {
    expect(PARAMETER_ORDER).toEqual(PARAMETERS);
  });
  it('has the same scale as the schema', () => {
    expect([SCALE_MIN, SCALE_MAX]).toEqual([SCORE_MIN, SCORE_MAX]);
  });
});
