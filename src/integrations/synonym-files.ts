/**
 * Reads the synonym groups (`content/synonyms/*.yaml`) for the search index. The same files
 * are the `synonyms` content collection; both check them with `synonymSchema`, and a bad file
 * stops the build with a Danish message naming the file and the field.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { synonymSchema } from '../schemas/synonym';
import type { SynonymGroup } from '../search/index-terms';

/** Every synonym group, in file-name order. */
export async function readSynonyms(contentRoot: string): Promise<SynonymGroup[]> {
  const folder = join(contentRoot, 'synonyms');
  const names = (await readdir(folder).catch(() => []))
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const groups: SynonymGroup[] = [];
  for (const name of names) {
    const file = join(folder, name);
    let data: unknown;
    try {
      data = parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: filen er ikke gyldig YAML (${(error as Error).message})`, {
        cause: error,
      });
    }
    const result = synonymSchema.safeParse(data);
    if (!result.success) {
      const problems = result.error.issues
        .map((issue) => `«${issue.path.join('.') || 'filen'}» ${issue.message}`)
        .join('; ');
      throw new Error(`${file}: ${problems}`);
    }
    groups.push({ terms: result.data.terms, misspellings: result.data.misspellings });
  }
  return groups;
}
