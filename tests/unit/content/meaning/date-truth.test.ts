import { describe, expect, it } from 'vitest';
import { findUntrueDates } from '../../../../src/content/meaning/date-truth';
import { cite, entry, source } from './support';

const today = new Date('2026-12-05');
const sst = source('sst', { date: new Date('2018-02-09') });
const virsa = source('virsa', { date: new Date('2025-04-01') });
const pathway = (reviewed: string, data: Record<string, unknown> = {}) =>
  entry('pathways', 'kraeft', { reviewed: new Date(reviewed), sources: [cite('sst')], steps: [], ...data });

describe('findUntrueDates', () => {
  it('accepts a pathway reviewed today against sources dated before', () => {
    expect(findUntrueDates([sst, virsa, pathway('2026-12-05')], today)).toEqual([]);
  });
  it('refuses a review in the future', () => {
    expect(findUntrueDates([sst, pathway('2062-11-23')], today)).toEqual([
      expect.objectContaining({ field: 'reviewed', value: '2062-11-23', message: expect.stringContaining('i fremtiden') }),
    ]);
  });
  it('accepts a source dated ahead within the next review cycle, as a plan dated by its year is', () => {
    expect(findUntrueDates([source('plan', { date: new Date('2027-01-01') })], today)).toEqual([]);
  });
  it('refuses a source dated beyond the next review cycle', () => {
    const future = source('fremtid', { date: new Date('2081-01-01') });
    expect(findUntrueDates([future], today)).toEqual([
      expect.objectContaining({ file: 'content/sources/fremtid.yaml', field: 'date', value: '2081-01-01' }),
    ]);
  });
  it('refuses a review before the date of a source a step cites, naming that source', () => {
    const steps = [{ citation: cite('virsa') }];
    expect(findUntrueDates([sst, virsa, pathway('2025-01-01', { steps })], today)).toEqual([
      expect.objectContaining({
        field: 'reviewed',
        message: expect.stringContaining('content/sources/virsa.yaml er dateret 2025-04-01'),
      }),
    ]);
  });
});
