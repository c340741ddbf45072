import { describe, expect, it } from 'vitest';
import { findSourceDisagreements } from '../../../../src/content/meaning/source-agreement';
import { cite, entry, source } from './support';

const virsa = source('virsa', { scope: 'regional', region: 'sjaelland', date: new Date('2025-04-01') });
const pathway = (data: Record<string, unknown>) =>
  entry('pathways', 'amputation', { scope: 'regional', region: 'sjaelland', sources: [cite('virsa')], ...data });

describe('findSourceDisagreements', () => {
  it('accepts a pathway that says what its main source says and leaves the date to it', () => {
    expect(findSourceDisagreements([virsa, pathway({})])).toEqual([]);
  });
  it('refuses a source date that is not the main source\'s date, naming both files', () => {
    const problems = findSourceDisagreements([virsa, pathway({ sourceDate: new Date('2024-04-01') })]);
    expect(problems).toEqual([
      {
        file: 'content/pathways/amputation.mdx',
        field: 'sourceDate',
        message: expect.stringContaining('content/sources/virsa.yaml er dateret 2025-04-01'),
        value: '2024-04-01',
      },
    ]);
  });
  it('refuses a region that contradicts the main source', () => {
    const problems = findSourceDisagreements([virsa, pathway({ region: 'nordjylland' })]);
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'region',
        message: expect.stringMatching(/Region Nordjylland.*content\/sources\/virsa\.yaml.*Region Sjælland/),
      }),
    ]);
  });
  it('refuses a national pathway built on a regional source', () => {
    const problems = findSourceDisagreements([virsa, pathway({ scope: 'national', region: undefined })]);
    expect(problems).toEqual([expect.objectContaining({ field: 'scope', value: 'national' })]);
  });
  it('leaves a pathway whose main source does not exist to the reference check', () => {
    expect(findSourceDisagreements([pathway({ region: 'nordjylland' })])).toEqual([]);
  });
});
