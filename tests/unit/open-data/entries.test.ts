import { describe, expect, it } from 'vitest';
import { entryPagePath, publishedEntry } from '../../../src/open-data/entries';

const pageAddress = (collection: string, id: string) => {
  const path = entryPagePath(collection, id);
  return path && `https://rehab.example.org${path}`;
};

describe('publishedEntry', () => {
  it('writes dates as days and references with the address of their page', () => {
    const entry = publishedEntry(
      'actors',
      {
        id: 'kommune',
        data: {
          name: 'Kommunen',
          reviewed: new Date('2024-03-01T00:00:00Z'),
          sources: [{ collection: 'sources', id: 'sst' }],
          missing: undefined,
        },
      },
      pageAddress,
    );
    expect(entry).toEqual({
      id: 'kommune',
      url: 'https://rehab.example.org/aktoerer/kommune/',
      data: {
        name: 'Kommunen',
        reviewed: '2024-03-01',
        sources: [
          { collection: 'sources', id: 'sst', url: 'https://rehab.example.org/kilder/sst/' },
        ],
      },
    });
  });

  it('gives a reference to an entry without a page only its collection and id', () => {
    const entry = publishedEntry(
      'pathways',
      {
        id: 'knae',
        data: { relatedDatasets: [{ collection: 'datasets', id: 'tal' }] },
        body: '\nTekst\n',
      },
      pageAddress,
    );
    expect(entry.data).toEqual({ relatedDatasets: [{ collection: 'datasets', id: 'tal' }] });
    expect(entry.body).toBe('Tekst');
  });

  it('stops with the file and the field when a value cannot be JSON', () => {
    expect(() =>
      publishedEntry('datasets', { id: 'tal', data: { rows: [{ n: Number.NaN }] } }, pageAddress),
    ).toThrow('content/datasets/tal.yaml: rows.0.n: tallet «NaN» kan ikke skrives som JSON');
  });
});
