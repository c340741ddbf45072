import { describe, expect, it } from 'vitest';
import {
  assertContentIntegrity,
  collectReferences,
  ContentIntegrityError,
  findBrokenReferences,
  findDuplicateIds,
  type EntryLike,
} from '../../../src/content/integrity';

const actor = (id: string): EntryLike => ({
  collection: 'actors',
  id,
  filePath: `content/actors/${id}.yaml`,
  data: { name: id },
});

const pathway: EntryLike = {
  collection: 'pathways',
  id: 'knae',
  filePath: 'content/pathways/knae.mdx',
  data: {
    steps: [
      { actors: [{ collection: 'actors', id: 'kommune' }] },
      { actors: [{ collection: 'actors', id: 'almen-praksis' }] },
    ],
    sourceDate: new Date('2016-12-01'),
  },
};

describe('collectReferences', () => {
  it('finds references at any depth with their field path', () => {
    expect(collectReferences(pathway.data)).toEqual([
      { field: 'steps[0].actors[0]', collection: 'actors', id: 'kommune' },
      { field: 'steps[1].actors[0]', collection: 'actors', id: 'almen-praksis' },
    ]);
  });
  it('ignores dates and plain values', () => {
    expect(collectReferences({ date: new Date(), n: 3, s: 'x' })).toEqual([]);
  });
});

describe('findBrokenReferences', () => {
  it('reports nothing when every referenced entry exists', () => {
    expect(findBrokenReferences([pathway, actor('kommune'), actor('almen-praksis')])).toEqual([]);
  });
  it('names the file, the field and the missing id', () => {
    expect(findBrokenReferences([pathway, actor('kommune')])).toEqual([
      {
        file: 'content/pathways/knae.mdx',
        field: 'steps[1].actors[0]',
        message: expect.stringContaining('«almen-praksis»'),
      },
    ]);
  });
});

describe('findDuplicateIds', () => {
  it('reports a second entry with an id already used in the same collection', () => {
    const twin = { ...actor('kommune'), filePath: 'content/actors/Kommune.yaml' };
    expect(findDuplicateIds([actor('kommune'), twin])).toEqual([
      {
        file: 'content/actors/Kommune.yaml',
        field: 'id',
        message: expect.stringContaining('content/actors/kommune.yaml'),
      },
    ]);
  });
  it('allows the same id in different collections', () => {
    const source = { ...actor('kommune'), collection: 'sources' };
    expect(findDuplicateIds([actor('kommune'), source])).toEqual([]);
  });
});

describe('assertContentIntegrity', () => {
  it('throws one error that lists every problem on its own line', () => {
    const broken = { ...pathway, id: 'knae-2', filePath: 'content/pathways/knae-2.mdx' };
    try {
      assertContentIntegrity([pathway, broken]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentIntegrityError);
      const message = (error as Error).message;
      expect(message.split('\n')).toHaveLength(5);
      expect(message).toContain('content/pathways/knae-2.mdx: steps[0].actors[0]');
    }
  });
});
