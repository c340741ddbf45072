import type { z } from 'astro/zod';

/**
 * Danish messages for zod's own issues. Messages written in a schema (e.g. «må ikke være tom»)
 * take precedence; this map only speaks where a schema says nothing, so an editor never sees
 * «Invalid option» or «Expected string».
 */

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'en gruppe af felter',
  record: 'en gruppe af felter',
  null: 'null',
  date: 'en dato',
};

/** How a value read from YAML is described: «tekst», «et tal», «en liste»… */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'en liste';
  if (value instanceof Date) return 'en dato uden anførselstegn';
  if (typeof value === 'object') return 'en gruppe af felter';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'et uendeligt tal';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

const list = (values: readonly unknown[]) => values.map((v) => `«${String(v)}»`).join(', ');

function sizeMessage(
  origin: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
  direction: 'min' | 'max',
): string {
  const limit = Number(bound) + (inclusive === false ? (direction === 'min' ? 1 : -1) : 0);
  const word = direction === 'min' ? 'mindst' : 'højst';
  if (origin === 'array' || origin === 'set') return `skal have ${word} ${limit} punkt(er)`;
  if (origin === 'string') return `skal have ${word} ${limit} tegn`;
  return direction === 'min' ? `skal være mindst ${limit}` : `må højst være ${limit}`;
}

/** The Danish message for one zod issue that its schema gave no message of its own. */
function danishMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `feltet mangler; skriv ${TYPE_NAMES[issue.expected] ?? issue.expected}`
        : `skal være ${TYPE_NAMES[issue.expected] ?? issue.expected}, ikke ${describeType(issue.input)}`;
    case 'invalid_value':
      if (issue.input === undefined) return `feltet mangler; vælg en af ${list(issue.values)}`;
      return issue.values.length === 1
        ? `skal være ${list(issue.values)}`
        : `er ikke en tilladt værdi; vælg en af ${list(issue.values)}`;
    case 'too_small':
      return sizeMessage(issue.origin, issue.minimum, issue.inclusive, 'min');
    case 'too_big':
      return sizeMessage(issue.origin, issue.maximum, issue.inclusive, 'max');
    case 'invalid_format':
      return issue.format === 'regex' ? 'har ikke den rigtige form' : `skal være ${issue.format}`;
    case 'not_multiple_of':
      return `skal gå op i ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `ukendt felt ${list(issue.keys)}; tjek stavemåden, eller slet feltet`;
    case 'invalid_key':
      // The key schema's own message (e.g. a name every JavaScript object has) says more.
      return `ugyldigt feltnavn: ${issue.issues[0]?.message ?? 'skriv små bogstaver, tal og bindestreger'}`;
    case 'invalid_union':
      return 'har ikke en af de tilladte former';
    case 'invalid_element':
      return 'ugyldigt element';
    default:
      return 'ugyldig værdi';
  }
}

/** The error map to pass to `safeParse(data, { error: danishErrorMap })`. */
export const danishErrorMap: z.core.$ZodErrorMap = (issue) => danishMessage(issue);
