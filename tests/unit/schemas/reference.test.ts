import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { distinctReferences, reference } from '../../../src/schemas/reference';
import { issuesOf } from './helpers';

describe('reference', () => {
  it('turns an id into the same { collection, id } shape as Astro gives pages', () => {
    expect(reference('actors').parse('kommune')).toEqual({ collection: 'actors', id: 'kommune' });
  });
  it('carries zod metadata naming the target collection', () => {
    expect(z.globalRegistry.get(reference('sources'))).toEqual({ reference: 'sources' });
  });
  it('refuses an id with a zero-width space and shows its code point', async () => {
    expect(await issuesOf(reference('actors'), 'kommune\u200b')).toEqual([
      expect.stringContaining('U+200B'),
    ]);
  });
  it('refuses an id with capitals', async () => {
    expect(await issuesOf(reference('actors'), 'Kommune')).toEqual([
      expect.stringContaining('små bogstaver'),
    ]);
  });
});

describe('distinctReferences', () => {
  const list = z.array(reference('actors')).superRefine(distinctReferences('aktøren'));
  it('accepts a list that names each entry once', async () => {
    expect(await issuesOf(list, ['kommune', 'sygehus'])).toEqual([]);
  });
  it('points at the second mention of an entry', async () => {
    expect(await issuesOf(list, ['kommune', 'sygehus', 'kommune'])).toEqual([
      '2: aktøren «kommune» står to gange; slet den ene',
    ]);
  });
});
