import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { sortIntoCollections } from '../../../../src/content/check/files';

const collections = {
  actors: { folder: 'actors', extension: '.yaml', schema: z.unknown() },
  cases: { folder: 'cases', extension: '.mdx', schema: z.unknown() },
} as const;
const sort = (...paths: string[]) =>
  sortIntoCollections(
    paths.map((path) => ({ path, text: 'x' })),
    collections,
  );

describe('sortIntoCollections', () => {
  it('gives each file its collection and the id its name gives', () => {
    expect(sort('actors/kommune.yaml', 'cases/samblik.mdx').files).toEqual([
      { collection: 'actors', id: 'kommune', file: 'content/actors/kommune.yaml', text: 'x' },
      { collection: 'cases', id: 'samblik', file: 'content/cases/samblik.mdx', text: 'x' },
    ]);
  });
  it('refuses a case saved as .md and names the extension to use', () => {
    const { files, problems } = sort('actors/a.yaml', 'cases/samblik.md', 'cases/b.mdx');
    expect(files).toHaveLength(2);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/cases/samblik.md',
        field: 'filendelse',
        message: expect.stringContaining('«samblik.mdx»'),
      }),
    ]);
  });
  it('calls a name with a second dot a backup to delete', () => {
    const { problems } = sort('actors/kommune.gammel.yaml', 'actors/a.yaml', 'cases/b.mdx');
    expect(problems[0]?.message).toContain('sikkerhedskopi');
  });
  it('suggests a valid id for a name with capitals, spaces or Danish letters', () => {
    const { problems } = sort('actors/Pårørende Råd.yaml', 'actors/a.yaml', 'cases/b.mdx');
    expect(problems[0]?.message).toContain('«paaroerende-raad.yaml»');
  });
  it('shows the code point of an unseen character in a file name', () => {
    const { problems } = sort('actors/kommune\u200b.yaml', 'actors/a.yaml', 'cases/b.mdx');
    expect(problems[0]?.message).toContain('U+200B');
  });
  it('refuses a link, anything not a plain file and a file over 200 KB, by name and unread', () => {
    const { files, problems } = sortIntoCollections(
      [
        { path: 'actors/link.yaml', text: '', kind: 'symlink' },
        { path: 'actors/pipe.yaml', text: '', kind: 'special' },
        { path: 'cases/big.mdx', text: '', size: 5_000_000 },
        { path: 'cases/long.mdx', text: 'x'.repeat(205_000) },
        { path: 'actors/a.yaml', text: 'x' },
      ],
      collections,
    );
    expect(files.map((file) => file.id)).toEqual(['a']);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/actors/link.yaml', 'fil'],
      ['content/actors/pipe.yaml', 'fil'],
      ['content/cases/big.mdx', 'filstørrelse'],
      ['content/cases/long.mdx', 'filstørrelse'],
      ['content/cases/', 'samling'],
    ]);
    expect(problems[2]?.message).toContain('filen fylder 4,8 MB');
  });
  it('refuses files outside a collection folder or in a sub-folder', () => {
    const { problems } = sort('noter.txt', 'actors/old/a.yaml', 'actors/a.yaml', 'cases/b.mdx');
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/noter.txt', 'placering'],
      ['content/actors/old/a.yaml', 'placering'],
    ]);
  });
  it('refuses a file not saved as UTF-8', () => {
    const { problems } = sortIntoCollections(
      [
        { path: 'actors/a.yaml', text: 'name: tr\uFFFDning' },
        { path: 'actors/b.yaml', text: 'name: B' },
        { path: 'cases/b.mdx', text: 'x' },
      ],
      collections,
    );
    expect(problems).toEqual([expect.objectContaining({ field: 'tegnsæt' })]);
  });
  it('reports a collection without files', () => {
    expect(sort('actors/a.yaml').problems).toEqual([
      expect.objectContaining({ file: 'content/cases/', field: 'samling' }),
    ]);
  });
});
