import { load as loadWithJsYaml } from 'js-yaml';
import { isNode, parseAllDocuments, visit, type Document, type YAMLError } from 'yaml';
import type { ContentProblem } from './problem';
import { formatPath } from './problem';

/** What a content file holds once read: its data and, for MDX, its body. */
export interface ParsedFile {
  data: unknown;
  /** The MDX body (everything after the front matter). */
  body?: string;
  /** The file line the body starts on (1-based), so body problems name file lines. */
  bodyLine?: number;
}

type Located = Omit<ContentProblem, 'file'>;

/** The same front-matter rule Astro applies (`---` fences at the top, a BOM allowed). */
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

const YAML_ADVICE: Record<string, string> = {
  DUPLICATE_KEY: 'et felt står to gange; slet det ene',
  BAD_INDENT: 'indrykningen passer ikke; ryk linjen ind som felterne omkring den',
  TAB_AS_INDENT: 'indrykningen er et tabulatortegn; ryk ind med mellemrum',
  MULTILINE_IMPLICIT_KEY: 'et feltnavn fortsætter over flere linjer; sæt værdien i anførselstegn',
  BLOCK_AS_IMPLICIT_KEY: 'en linje mangler kolon eller er rykket forkert ind',
  MISSING_CHAR: 'der mangler et tegn, fx et afsluttende anførselstegn eller en klamme',
  BAD_SCALAR_START: 'værdien begynder med et tegn, der kræver anførselstegn; sæt den i anførselstegn',
  UNEXPECTED_TOKEN: 'her står et tegn, YAML ikke venter; sæt værdien i anførselstegn',
};

function yamlProblem(error: YAMLError, lineOffset: number): Located {
  const line = (error.linePos?.[0]?.line ?? 1) + lineOffset;
  const advice =
    YAML_ADVICE[error.code] ??
    'filen er ikke gyldig YAML; tjek kolon, indrykning og anførselstegn omkring linjen';
  return { field: `YAML, linje ${line}`, message: `kan ikke læses: ${advice}` };
}

/** Finds `.inf`, `-.inf` and `.nan`, which YAML reads as numbers no source ever gives. */
function nonFiniteNumbers(value: unknown, path: (string | number)[] = []): Located[] {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return [
      {
        field: formatPath(path),
        message: 'er ikke et tal, en kilde kan give (.inf eller .nan); skriv tallet fra kilden',
        value,
      },
    ];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumbers(item, [...path, i]));
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, [...path, key]));
  }
  return [];
}

/** An anchor (`&name`), alias (`*name`) or tag (`!name`) where a YAML value may start. */
const ANCHOR_ALIAS_OR_TAG = /(^|[\s:[{,-])[&*!][^\s,[\]{}]/m;

/**
 * The explicit tags both parsers read the same way: the YAML core types. Astro reads content
 * with js-yaml, which stops at any other tag (`!include`, `!!python/object`) with an English
 * error, while `yaml` reads some of them (`!!binary`, `!!set`) and only warns about others.
 */
const STANDARD_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

/** Every explicit tag that is not a core type, with its line. */
function nonStandardTags(document: Document, text: string, lineOffset: number): Located[] {
  const problems: Located[] = [];
  visit(document, (_key, node) => {
    if (!isNode(node) || node.tag === undefined || STANDARD_TAGS.has(node.tag)) return;
    const start = node.range?.[0] ?? 0;
    const line = text.slice(0, start).split('\n').length + lineOffset;
    const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
    problems.push({
      field: `YAML, linje ${line}`,
      message: `YAML-mærket «${tag}» er ikke tilladt (kun almindelige værdier læses ens af kontrollen og byggeriet); slet mærket, og skriv værdien ud`,
      value: tag,
    });
  });
  return problems;
}

/**
 * Reads YAML text the quick way: with js-yaml, the parser Astro itself reads content with, ten
 * times faster than `yaml` over thousands of files. Only for text without anchors and aliases
 * (js-yaml does not limit how often an alias expands) and without tags (refused below, by
 * line); undefined when js-yaml refuses the text
 * or finds no data, so `yaml` reads it again and says where the problem is.
 */
function quickParse(text: string): unknown {
  if (ANCHOR_ALIAS_OR_TAG.test(text)) return undefined;
  try {
    return loadWithJsYaml(text) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads YAML text: exactly one document, no syntax errors, only finite numbers. */
export function parseYaml(text: string, lineOffset = 0): { data?: unknown; problems: Located[] } {
  const quick = quickParse(text.replace(/^\uFEFF/, ''));
  if (quick !== undefined && quick !== null) return { data: quick, problems: nonFiniteNumbers(quick) };
  const documents = parseAllDocuments(text.replace(/^\uFEFF/, ''), {
    customTags: ['timestamp'],
    merge: true,
    uniqueKeys: true,
  });
  if (!Array.isArray(documents) || documents.length === 0) {
    return { problems: [{ field: 'fil', message: 'filen er tom; skriv indholdet, eller slet filen' }] };
  }
  const errors = documents.flatMap((doc) => doc.errors);
  if (errors.length > 0) return { problems: errors.map((e) => yamlProblem(e, lineOffset)) };
  const tags = documents.flatMap((doc) => nonStandardTags(doc, text, lineOffset));
  if (tags.length > 0) return { problems: tags };
  if (documents.length > 1) {
    const second = documents[1]?.range[0] ?? 0;
    const line = text.slice(0, second).split('\n').length + lineOffset;
    return {
      problems: [
        {
          field: `YAML, linje ${line}`,
          message: 'filen har mere end ét YAML-dokument (en linje med ---); én fil er ét indhold, så del filen op eller slet linjen',
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = documents[0]?.toJS();
  } catch {
    // yaml refuses to expand an alias too often (a «billion laughs» file).
    return { problems: [{ field: 'YAML', message: 'filen bruger for mange gentagelser (*alias); skriv værdierne ud' }] };
  }
  if (data === null || data === undefined) {
    return { problems: [{ field: 'fil', message: 'filen er tom; skriv indholdet, eller slet filen' }] };
  }
  return { data, problems: nonFiniteNumbers(data) };
}

/** Reads a `.yaml` entry. */
export function parseYamlFile(text: string): { parsed?: ParsedFile; problems: Located[] } {
  const { data, problems } = parseYaml(text);
  return problems.length > 0 || data === undefined ? { problems } : { parsed: { data }, problems };
}

/** Reads an `.mdx` entry: YAML front matter between `---` lines, then the body. */
export function parseMdxFile(text: string): { parsed?: ParsedFile; problems: Located[] } {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { problems: [{ field: 'fil', message: 'filen er tom; skriv indholdet, eller slet filen' }] };
  }
  const match = FRONT_MATTER.exec(text);
  if (!match || match[0].trimStart().replace(/^\uFEFF/, '').startsWith('+++')) {
    return {
      problems: [
        {
          field: 'forside (front matter)',
          message: 'filen skal begynde med felterne mellem to linjer med ---',
        },
      ],
    };
  }
  const yamlText = match[1] ?? '';
  const before = text.slice(0, match.index + match[0].length - yamlText.length - 3);
  const lineOffset = before.split('\n').length - 1;
  const { data, problems } = parseYaml(yamlText, lineOffset);
  if (problems.length > 0 || data === undefined) return { problems };
  const end = match.index + match[0].length;
  return {
    parsed: { data, body: text.slice(end), bodyLine: text.slice(0, end).split('\n').length },
    problems,
  };
}
