import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSynonyms } from '../../../src/integrations/synonym-files';
import { synonymSchema } from '../../../src/schemas/synonym';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function contentWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rehab-synonyms-'));
  folders.push(root);
  mkdirSync(join(root, 'synonyms'));
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(root, 'synonyms', name), text);
  return root;
}

describe('synonymSchema', () => {
  it('accepts lower-case words and phrases, and no misspellings', () => {
    expect(synonymSchema.parse({ terms: ['kol', 'kronisk obstruktiv lungesygdom'] })).toEqual({
      terms: ['kol', 'kronisk obstruktiv lungesygdom'],
      misspellings: [],
    });
  });
  it('refuses a group of one term', () => {
    expect(synonymSchema.safeParse({ terms: ['kol'] }).success).toBe(false);
  });
  it('refuses capitals, digits and signs in a term', () => {
    for (const term of ['KOL', 'type 2', 'knæ!']) {
      expect(synonymSchema.safeParse({ terms: [term, 'x y'] }).success, term).toBe(false);
    }
  });
  it('refuses the same term twice', () => {
    expect(synonymSchema.safeParse({ terms: ['kol', 'kol'] }).success).toBe(false);
  });
});

describe('readSynonyms', () => {
  it('reads every group in file-name order', async () => {
    const root = contentWith({
      'b.yaml': 'terms: [kræft, cancer]\n',
      'a.yaml': 'terms: [kol, rygerlunger]\nmisspellings: [koll]\n',
    });
    expect(await readSynonyms(root)).toEqual([
      { terms: ['kol', 'rygerlunger'], misspellings: ['koll'] },
      { terms: ['kræft', 'cancer'], misspellings: [] },
    ]);
  });
  it('stops with a Danish message naming the file and the field', async () => {
    const root = contentWith({ 'kol.yaml': 'terms: [KOL, rygerlunger]\n' });
    await expect(readSynonyms(root)).rejects.toThrow(
      /kol\.yaml: «terms\.0» skal være små bogstaver/,
    );
  });
  it('names the file when it is not YAML', async () => {
    const root = contentWith({ 'kol.yaml': 'terms: [kol\n' });
    await expect(readSynonyms(root)).rejects.toThrow(/kol\.yaml: filen er ikke gyldig YAML/);
  });
});
