import { parse } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { mdxFormat, yamlFormat } from '../../../src/cms/formats';
import { describe as describeSchema, referenceTarget } from '../../../src/cms/schema-walk';
import { orderKeys } from '../../../src/cms/yaml-order';
import { citationSchema } from '../../../src/schemas/citation';

// Astro reads YAML the 1.1 way, where an unquoted 2018-02-09 is a Date.
const asAstroReads = (text: string) => parse(text, { version: '1.1' }) as Record<string, unknown>;

describe('the CMS file formats', () => {
  it('write a date in quotes so it is read back as the same string', () => {
    const text = yamlFormat.toFile({ date: '2018-02-09' });
    expect(text).toBe("date: '2018-02-09'\n");
    expect(asAstroReads(text)['date']).toBe('2018-02-09');
  });

  it('put front matter between --- lines and the body after a blank line', () => {
    expect(mdxFormat.toFile({ title: 'Forløb', body: 'Tekst.\n' })).toBe(
      '---\ntitle: Forløb\n---\n\nTekst.\n',
    );
  });

  it('read an MDX file into its fields and its body', () => {
    expect(mdxFormat.fromFile("---\ntitle: X\nreviewed: '2026-01-02'\n---\n\nBrød.\n")).toEqual({
      title: 'X',
      reviewed: '2026-01-02',
      body: 'Brød.',
    });
  });

  it('write the fields in the order the configuration gives', () => {
    expect(Object.keys(orderKeys({ b: 1, c: 2, a: 3 }, ['a', 'b']))).toEqual(['a', 'b', 'c']);
  });
});

describe('referenceTarget', () => {
  it("finds the collection of Astro's reference()", () => {
    expect(describeSchema(citationSchema.shape.source)).toEqual({
      kind: 'reference',
      collection: 'sources',
    });
  });

  it('reads the collection from zod metadata', () => {
    expect(referenceTarget(z.string().meta({ reference: 'actors' }))).toBe('actors');
  });

  it('sees no reference in a plain string', () => {
    expect(referenceTarget(z.string())).toBeNull();
  });
});
