import type { z } from 'astro/zod';
import { SITE_SHELL_IDS, type CollectionDefinition } from '../collections';
import { findContentProblems, type EntryLike } from '../integrity';
import { findMeaningProblems } from '../meaning';
import type { SourceTextReader } from '../meaning/quotations';
import { danishToday } from '../../text/dates';
import { findBodyProblems } from './body';
import { sortIntoCollections, type ContentFile, type FoundFile } from './files';
import { parseMdxFile, parseYamlFile, type ParsedFile } from './parse';
import { findPrototypeKeys } from './prototype-keys';
import { formatPath, type ContentProblem } from './problem';
import { siteRoutes } from './routes';
import { danishErrorMap } from './zod-messages';

/** Everything the check reads: the content files and the site's own pages and public files. */
interface CheckInput {
  /** Files under the content root, paths relative to it (`actors/kommune.yaml`). */
  content: readonly FoundFile[];
  /** Files under `src/pages`, relative to it (`cases/[id].astro`). */
  pageFiles: readonly string[];
  /** Files under `public/`, relative to it (`favicon.svg`). */
  publicFiles: readonly string[];
  /** How the content root is named in messages; `content` for the project's own. */
  rootLabel?: string;
  /** The day the check runs (dates after it are in the future); today in Denmark by default. */
  today?: Date;
  /** Reads a source text by its `seedFile` name; absent when no texts are available. */
  readSourceText?: SourceTextReader | undefined;
  /** How the folder of source texts is named in notices. */
  sourceTextsLabel?: string | undefined;
}

/** The outcome: every problem found, the entries that passed their schema, and notices. */
interface CheckResult {
  problems: ContentProblem[];
  entries: EntryLike[];
  /** Remarks for the developer log, never for readers (e.g. quotations that were not checked). */
  notices: string[];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function validate(
  file: ContentFile,
  parsed: ParsedFile,
  schema: z.ZodType,
): { entry?: EntryLike; problems: ContentProblem[] } {
  const prototypeKeys = findPrototypeKeys(parsed.data);
  if (prototypeKeys.length > 0) {
    return {
      problems: prototypeKeys.map(({ field, key }) => ({
        file: file.file,
        field,
        message: `«${key}» er et navn, som JavaScript selv giver alle objekter, og kan ikke bruges som feltnavn eller id; vælg et andet`,
      })),
    };
  }
  const result = schema.safeParse(parsed.data, { error: danishErrorMap });
  if (result.success) {
    return {
      entry: {
        collection: file.collection,
        id: file.id,
        filePath: file.file,
        data: result.data,
        ...(parsed.body === undefined ? {} : { body: parsed.body }),
      },
      problems: [],
    };
  }
  // An unknown field is reported at its own path, one problem per field.
  const issues = result.error.issues.flatMap((issue): { path: PropertyKey[]; message: string }[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ message: issue.message, path: [...issue.path, key] }))
      : [issue],
  );
  return {
    problems: issues.map((issue) => {
      const value = valueAt(parsed.data, issue.path);
      return {
        file: file.file,
        field: formatPath(issue.path) || '(hele filen)',
        message: issue.message,
        ...(value === undefined || typeof value === 'object' ? {} : { value }),
      };
    }),
  };
}

interface FileCheck {
  parsed?: ParsedFile;
  entry?: EntryLike;
  problems: ContentProblem[];
}

// Reading and validating a file depends on nothing but its path and text, so results are kept:
// tests check dozens of fixtures against the same real content without parsing it again.
const fileChecks = new Map<string, FileCheck>();

function checkFile(file: ContentFile, definition: CollectionDefinition): FileCheck {
  const key = `${file.collection}\u0000${file.file}\u0000${file.text}`;
  const known = fileChecks.get(key);
  if (known) return known;
  const read =
    definition.extension === '.mdx' ? parseMdxFile(file.text) : parseYamlFile(file.text);
  const problems = read.problems.map((p) => ({ file: file.file, ...p }));
  const checked = read.parsed ? validate(file, read.parsed, definition.schema) : undefined;
  const result: FileCheck = {
    problems: [...problems, ...(checked?.problems ?? [])],
    ...(read.parsed ? { parsed: read.parsed } : {}),
    ...(checked?.entry ? { entry: checked.entry } : {}),
  };
  fileChecks.set(key, result);
  return result;
}

/**
 * Checks all content at once: files, YAML, schemas, cross-entry integrity, routes and MDX
 * bodies. Pure: it reads nothing itself, so tests can add one file to the real content.
 */
export function checkContent(
  input: CheckInput,
  collections: Readonly<Record<string, CollectionDefinition>>,
): CheckResult {
  const { files, problems } = sortIntoCollections(input.content, collections, input.rootLabel);
  const entries: EntryLike[] = [];
  const bodies: { file: ContentFile; parsed: ParsedFile }[] = [];
  for (const file of files) {
    const definition = collections[file.collection];
    if (definition === undefined) continue;
    const { parsed, entry, problems: fileProblems } = checkFile(file, definition);
    problems.push(...fileProblems);
    if (entry) entries.push(entry);
    if (parsed?.body !== undefined) bodies.push({ file, parsed });
  }
  const routes = siteRoutes(input.pageFiles, input.publicFiles, files, collections);
  const meaning = findMeaningProblems(entries, {
    today: input.today ?? danishToday(),
    titleFields: Object.fromEntries(
      Object.entries(collections).map(([name, definition]) => [name, definition.titleField]),
    ),
    readSourceText: input.readSourceText,
    sourceTextsLabel: input.sourceTextsLabel,
  });
  problems.push(...routes.problems, ...findContentProblems(entries), ...meaning.problems);
  for (const { file, parsed } of bodies) {
    const definition = collections[file.collection];
    const page = definition?.page ?? file.collection;
    const found = findBodyProblems(parsed.body ?? '', {
      pagePath: `/${page}/${file.id}/`,
      exists: (path) => routes.paths.has(path),
      reservedIds: [...SITE_SHELL_IDS, ...(definition?.pageSectionIds ?? [])],
      reservedIdPrefixes: definition?.pageSectionIdPrefixes ?? [],
    });
    problems.push(
      ...found.map((p) => ({
        file: file.file,
        field: `brødtekst, linje ${p.line - 1 + (parsed.bodyLine ?? 1)}`,
        message: p.message,
        ...(p.value === undefined ? {} : { value: p.value }),
      })),
    );
  }
  return { problems, entries, notices: meaning.notices };
}
