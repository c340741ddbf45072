import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { danishErrorMap, describeType } from '../../../../src/content/check/zod-messages';

const messages = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input, { error: danishErrorMap }).error?.issues.map((i) => i.message) ?? [];

describe('danishErrorMap', () => {
  it('says a missing field is missing and what to write', () => {
    expect(messages(z.object({ a: z.string() }), {})).toEqual(['feltet mangler; skriv tekst']);
  });
  it('names the type expected and the type found', () => {
    expect(messages(z.string(), ['a'])).toEqual(['skal være tekst, ikke en liste']);
    expect(messages(z.number(), 'fem')).toEqual(['skal være et tal, ikke tekst']);
  });
  it('lists the allowed values of a closed vocabulary', () => {
    expect(messages(z.enum(['pilot', 'drift']), 'test')).toEqual([
      'er ikke en tilladt værdi; vælg en af «pilot», «drift»',
    ]);
  });
  it('names an unknown field', () => {
    expect(messages(z.strictObject({}), { navn: 'x' })).toEqual([
      'ukendt felt «navn»; tjek stavemåden, eller slet feltet',
    ]);
  });
  it('gives the key schema\'s own reason for a key it refuses', () => {
    const keys = z.record(z.string().refine((key) => key !== 'constructor', 'ikke constructor'), z.number());
    expect(messages(keys, { constructor: 1 })).toEqual(['ugyldigt feltnavn: ikke constructor']);
  });
  it('speaks of list items, characters and numbers for sizes', () => {
    expect(messages(z.array(z.string()).min(1), [])).toEqual(['skal have mindst 1 punkt(er)']);
    expect(messages(z.string().max(2), 'abc')).toEqual(['skal have højst 2 tegn']);
    expect(messages(z.number().min(1), 0)).toEqual(['skal være mindst 1']);
  });
  it('leaves a message written in the schema as it is', () => {
    expect(messages(z.string().min(1, 'må ikke være tom'), '')).toEqual(['må ikke være tom']);
  });
});

describe('describeType', () => {
  it('calls an unquoted YAML date a date without quotes', () => {
    expect(describeType(new Date())).toBe('en dato uden anførselstegn');
  });
});
