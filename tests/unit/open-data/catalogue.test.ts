import { describe, expect, it } from 'vitest';
import { DCAT_CONTEXT, dataCatalogue, entryJsonSchema } from '../../../src/open-data/catalogue';

const text = {
  title: 'Åbne data',
  description: 'Alt',
  address: 'https://rehab.example.org/data/index.json',
  homepage: 'https://rehab.example.org/',
  documentation: 'https://rehab.example.org/aabne-data/',
  feed: 'https://rehab.example.org/seneste-aendringer.xml',
};
const licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

describe('dataCatalogue', () => {
  it('is a DCAT catalogue whose datasets name their file and the schema it conforms to', () => {
    const catalogue = dataCatalogue(
      text,
      { publisher: 'Region Eksempel', licence, modified: '2026-12-05' },
      [
        {
          identifier: 'pathways',
          title: 'Forløb',
          description: 'Forløbene',
          entries: 4,
          distribution: [
            {
              title: 'Forløb som JSON',
              downloadURL: 'https://rehab.example.org/data/pathways.json',
              mediaType: 'application/json',
              conformsTo: 'https://rehab.example.org/data/pathways.schema.json',
            },
          ],
        },
      ],
    );
    expect(catalogue).toMatchObject({
      '@context': DCAT_CONTEXT,
      '@type': 'dcat:Catalog',
      publisher: { '@type': 'foaf:Agent', name: 'Region Eksempel' },
      license: licence.url,
      modified: '2026-12-05',
      dataset: [
        {
          '@type': 'dcat:Dataset',
          identifier: 'pathways',
          distribution: [
            {
              downloadURL: 'https://rehab.example.org/data/pathways.json',
              mediaType: 'https://www.iana.org/assignments/media-types/application/json',
              conformsTo: 'https://rehab.example.org/data/pathways.schema.json',
            },
          ],
        },
      ],
    });
  });

  it('names no publisher when none is configured', () => {
    expect(dataCatalogue(text, { licence, modified: '2026-12-05' }, [])).not.toHaveProperty(
      'publisher',
    );
  });
});

describe('entryJsonSchema', () => {
  it('wraps the generated data schema with the entry’s id, page address and, for MDX, its body', () => {
    const schema = entryJsonSchema(
      { name: 'pathways', title: 'Forløb', address: '/data/pathways.schema.json', mdx: true },
      { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' },
    );
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: '/data/pathways.schema.json',
      required: ['id', 'data'],
      properties: { data: { type: 'object' }, body: { type: 'string' } },
    });
  });
});
