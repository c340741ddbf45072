import { slugProblem } from '../../schemas/common';
import type { CollectionDefinition } from '../collections';
import { formatBytes, MAX_FILE_BYTES } from './limits';
import type { ContentProblem } from './problem';

/** A content file that belongs to a collection, with the id its name gives it. */
export interface ContentFile {
  collection: string;
  id: string;
  /** Path relative to the project, e.g. `content/actors/kommune.yaml`. */
  file: string;
  text: string;
}

/** A file found under the content root, before it is sorted into a collection. */
export interface FoundFile {
  /** Path relative to the content root, with `/` separators, e.g. `actors/kommune.yaml`. */
  path: string;
  text: string;
  /** A symbolic link or another entry that is not a plain file; never followed, never read. */
  kind?: 'symlink' | 'special';
  /** The size in bytes when the file was too large to read; otherwise the text's own size. */
  size?: number;
}

const extensionOf = (name: string) => /\.[^.]*$/.exec(name)?.[0] ?? '';

/**
 * The longest id: an entry's id is also its id in the open data, and a pathway's the id of its
 * FHIR PlanDefinition, which FHIR allows at most 64 characters.
 */
export const MAX_ID_LENGTH = 64;

/** What to do about a file name that is not a valid id. */
function nameAdvice(stem: string, extension: string): string {
  if (stem.includes('.')) {
    return `ligner en sikkerhedskopi eller en kladde; slet den, eller flyt den ud af content/`;
  }
  const suggestion = stem
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return suggestion === '' ? 'omdøb filen' : `omdøb filen, fx til «${suggestion}${extension}»`;
}

/**
 * Why a file cannot be read at all (a link, a device, a file over the size limit), or
 * undefined. Decided from the name and the size alone, before any parsing.
 */
function unreadable(found: FoundFile): Omit<ContentProblem, 'file'> | undefined {
  if (found.kind === 'symlink') {
    return {
      field: 'fil',
      message:
        'filen er en symbolsk genvej (symlink) til en anden fil eller mappe; genveje læses ikke, så læg selve filen i content/, eller slet genvejen',
    };
  }
  if (found.kind === 'special') {
    return {
      field: 'fil',
      message: 'filen er ikke en almindelig fil (fx en enhed eller et rør); slet den fra content/',
    };
  }
  const size = found.size ?? Buffer.byteLength(found.text, 'utf8');
  if (size <= MAX_FILE_BYTES) return undefined;
  return {
    field: 'filstørrelse',
    message: `filen fylder ${formatBytes(size)}, men en indholdsfil må højst fylde ${formatBytes(MAX_FILE_BYTES)} (den største i dag fylder omkring 35 KB); del teksten op i flere filer, eller gør den kortere`,
  };
}

/**
 * Sorts the files under the content root into collections. Every file must lie directly in a
 * collection's folder, have that collection's extension and a name that is a valid id; anything
 * else is a problem naming the file, so nothing is silently dropped or published under an id
 * the editor did not choose. A collection without entries is a problem too.
 */
export function sortIntoCollections(
  found: readonly FoundFile[],
  collections: Readonly<Record<string, CollectionDefinition>>,
  rootLabel = 'content',
): { files: ContentFile[]; problems: ContentProblem[] } {
  const byFolder = new Map(Object.entries(collections).map(([name, c]) => [c.folder, name]));
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  const folders = [...byFolder.keys()].map((f) => `${f}/`).join(', ');
  for (const entry of found) {
    const { path, text } = entry;
    const file = `${rootLabel}/${path}`;
    const refused = unreadable(entry);
    if (refused !== undefined) {
      problems.push({ file, ...refused });
      continue;
    }
    const parts = path.split('/');
    const name = parts.at(-1) ?? path;
    const collection = parts.length === 2 ? byFolder.get(parts[0] ?? '') : undefined;
    const definition = collection === undefined ? undefined : collections[collection];
    if (collection === undefined || definition === undefined) {
      problems.push({
        file,
        field: 'placering',
        message: `filen hører ikke til nogen samling; læg den direkte i en af mapperne ${folders}, eller slet den`,
      });
      continue;
    }
    const extension = extensionOf(name);
    const stem = name.slice(0, name.length - extension.length);
    if (extension !== definition.extension) {
      problems.push({
        file,
        field: 'filendelse',
        message: `samlingen «${collection}» bruger endelsen ${definition.extension}, ikke «${extension || '(ingen)'}»; omdøb filen til «${stem}${definition.extension}»`,
      });
      continue;
    }
    if (text.includes('\uFFFD')) {
      problems.push({
        file,
        field: 'tegnsæt',
        message: 'filen er ikke gemt som UTF-8 (æ, ø og å kan ikke læses); gem den igen som UTF-8',
      });
      continue;
    }
    const idProblem = slugProblem(stem);
    if (idProblem !== undefined) {
      problems.push({
        file,
        field: 'id (filnavn)',
        message: `filnavnet giver id'et «${stem}», som ${idProblem}; ${nameAdvice(stem, extension)}`,
      });
      continue;
    }
    if (stem.length > MAX_ID_LENGTH) {
      problems.push({
        file,
        field: 'id (filnavn)',
        message: `id'et «${stem}» har ${stem.length} tegn; højst ${MAX_ID_LENGTH}, fordi id'et også er id i de åbne data og i FHIR; giv filen et kortere navn`,
      });
      continue;
    }
    files.push({ collection, id: stem, file, text });
  }
  for (const [name, definition] of Object.entries(collections)) {
    if (!files.some((f) => f.collection === name)) {
      problems.push({
        file: `${rootLabel}/${definition.folder}/`,
        field: 'samling',
        message: `samlingen «${name}» har ingen filer; siderne for den ville være tomme`,
      });
    }
  }
  return { files, problems };
}
