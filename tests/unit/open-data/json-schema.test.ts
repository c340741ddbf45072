import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../../src/content/collections';
import { commentText, objectDocs } from '../../../src/open-data/doc-comments';
import { entryDataJsonSchema, type JsonSchema } from '../../../src/open-data/json-schema';
import { schemaDocs } from '../../../src/open-data/schema-docs';

describe('objectDocs', () => {
  const source = `
/** A step. */
export const stepSchema = z.strictObject({
  /** Its id. */
  id: slugSchema,
  // not a doc comment
  title: z.string().regex(/^a{2}$/, 'x, y'),
  /**
   * Nested objects keep
   * their own comments.
   */
  citation: z.object({
    /** The section. */
    section: z.string(),
  }),
});`;

  it('reads each object literal’s keys, the doc comment of each key and of its declaration', () => {
    expect(objectDocs(source)).toEqual([
      {
        keys: ['id', 'title', 'citation'],
        fields: { id: 'Its id.', citation: 'Nested objects keep their own comments.' },
        object: 'A step.',
      },
      { keys: ['section'], fields: { section: 'The section.' }, object: undefined },
    ]);
  });

  it('joins a comment’s lines and drops code marks', () => {
    expect(commentText('/**\n * Id in the `actors`\n * collection.\n */')).toBe(
      'Id in the actors collection.',
    );
  });
});

/** Every property schema under `schema`, with its path. */
function properties(schema: unknown, path: string[] = []): [string, JsonSchema][] {
  if (typeof schema !== 'object' || schema === null) return [];
  const record = schema as JsonSchema;
  const own = Object.entries((record['properties'] as Record<string, JsonSchema>) ?? {}).flatMap(
    ([name, property]): [string, JsonSchema][] => [
      [[...path, name].join('.'), property],
      ...properties(property, [...path, name]),
    ],
  );
  const items = record['items'] ?? record['additionalProperties'];
  return [...own, ...(typeof items === 'object' ? properties(items, [...path, '[]']) : [])];
}

describe('entryDataJsonSchema', () => {
  const names = Object.keys(COLLECTIONS) as CollectionName[];

  it.each(names)('describes every field of %s with the doc comment of its schema', (name) => {
    const undocumented = properties(entryDataJsonSchema(name, schemaDocs()))
      .filter(([, property]) => typeof property['description'] !== 'string')
      .map(([path]) => path);
    // The parameters of the rubric are named by the assessment model, not written out.
    expect(undocumented.filter((path) => !/^parameters\.\w+$/.test(path))).toEqual([]);
  });

  it('publishes a reference as its collection, id and page address, and a date as a day', () => {
    const schema = entryDataJsonSchema('pathways', schemaDocs());
    const props = Object.fromEntries(properties(schema));
    expect(props['steps.[].actors.[].collection']).toMatchObject({ const: 'actors' });
    expect(props['reviewed']).toMatchObject({ type: 'string', format: 'date' });
    expect(props['title']?.['description']).toBe('Title shown on the page and in lists.');
  });

  it('fills in defaults: a field with a default is always published', () => {
    const schema = entryDataJsonSchema('pathways', schemaDocs());
    expect(schema['required']).toContain('relatedCases');
  });
});
