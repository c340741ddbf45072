import { codePointLabel } from '../../schemas/unseen-characters';

/** One mistake in the content, phrased for an editor. */
export interface ContentProblem {
  /** The file, relative to the project (e.g. `content/cases/samblik.mdx`). */
  file: string;
  /** Where in the file: a field path such as `steps[0].actors[1]`, or `brødtekst, linje 12`. */
  field: string;
  /** What is wrong and what to do, in Danish. */
  message: string;
  /** The offending value as found, when there is one. */
  value?: unknown;
}

const MAX_VALUE_LENGTH = 60;
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

/** Writes a field path the way editors read it: `steps[0].actors[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/**
 * Shows a value safely in a terminal: quoted, unseen and control characters as `U+200B`,
 * shortened to a line.
 */
export function showValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined) return '(intet)';
  else if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  const escaped = text.replace(UNPRINTABLE, (char) =>
    char === '\n' ? '\\n' : char === '\t' ? '\\t' : `<${codePointLabel(char)}>`,
  );
  const short =
    [...escaped].length > MAX_VALUE_LENGTH
      ? `${[...escaped].slice(0, MAX_VALUE_LENGTH - 1).join('')}…`
      : escaped;
  return `«${short}»`;
}

/** One line per problem: `file: field: message (fundet: «value»)`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map((p) => {
      const found = 'value' in p ? ` (fundet: ${showValue(p.value)})` : '';
      return `${p.file}: ${p.field}: ${p.message}${found}`;
    })
    .join('\n');
}

/** The whole report for a failed check, every problem of the run at once. */
export function formatReport(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 fejl' : `${problems.length} fejl`;
  return `Indholdet har ${count}:\n${formatProblems(problems)}`;
}
