import { z } from 'astro/zod';
import { markupProblem } from './plain-text';
import { firstBidiControl, firstInvisible, hasVisibleText } from './unseen-characters';

/** Letters, digits and single dashes: the form of every id (file names, step ids, column ids). */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SLUG_MESSAGE = 'skal være små bogstaver, tal og bindestreger, fx «under-behandling»';

function invisibleInIdMessage(value: string): string {
  return `indeholder det usynlige tegn ${firstInvisible(value) ?? ''}; slet det og skriv id'et igen`;
}

/** Why `value` is not a valid id (an unseen character is named by code point), or undefined. */
export function slugProblem(value: string): string | undefined {
  if (firstInvisible(value) !== undefined) return invisibleInIdMessage(value);
  return SLUG_PATTERN.test(value) ? undefined : SLUG_MESSAGE;
}

/** Lower-case slug used as an id inside a file (step ids, column ids): letters, digits and dashes. */
export const slugSchema = z
  .string()
  .refine((value) => firstInvisible(value) === undefined, {
    error: (issue) => invisibleInIdMessage(String(issue.input)),
    abort: true,
  })
  .regex(SLUG_PATTERN, SLUG_MESSAGE);

/**
 * Names every JavaScript object already answers to (`constructor`, `toString`, `__proto__`).
 * A row keyed by one of them would read the object's own machinery, not a value from the file.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** True when `value` is a name every JavaScript object already has, such as `constructor`. */
export function isPrototypeName(value: string): boolean {
  return PROTOTYPE_NAMES.has(value);
}

/**
 * An id used as a key in a map of the file (a table's column ids, the keys of its rows): a slug
 * that is not a name every JavaScript object already has, so a row is only ever filled by what
 * the file writes in it.
 */
export const keySchema = z
  .string()
  .refine((value) => !isPrototypeName(value), {
    error: (issue) =>
      `«${String(issue.input)}» er et navn, som JavaScript selv giver alle objekter, og kan ikke bruges som id; vælg et andet, fx «${
        String(issue.input)
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'kolonne'
      }-kolonne»`,
    abort: true,
  })
  .refine((value) => firstInvisible(value) === undefined, {
    error: (issue) => invisibleInIdMessage(String(issue.input)),
    abort: true,
  })
  .regex(SLUG_PATTERN, SLUG_MESSAGE);

/** A required piece of text: trimmed, never empty and never made only of unseen characters. */
export const textSchema = z
  .string()
  .trim()
  .min(1, { message: 'må ikke være tom', abort: true })
  .refine(hasVisibleText, {
    message: 'må ikke være tom: teksten består kun af usynlige tegn (fx U+200B); skriv teksten',
    abort: true,
  });

/**
 * Text shown to readers. Markup is refused outright: every text field is rendered
 * escaped, so HTML in content would only ever show up as literal tags on the page.
 * Bidirectional controls (U+202E and kin) can make text read differently from how it is
 * stored, so they are refused too, and so are HTML entities and Markdown (`src/schemas/plain-text.ts`),
 * which would show as typed.
 */
export const plainTextSchema = textSchema
  .refine((value) => !/<\/?[a-z!][^>]*>/i.test(value), {
    message: 'må ikke indeholde HTML eller script; skriv almindelig tekst',
  })
  .superRefine((value, context) => {
    const bidi = firstBidiControl(value);
    if (bidi !== undefined) {
      context.addIssue({
        code: 'custom',
        message: `indeholder retningstegnet ${bidi}, som vender teksten om; slet det`,
      });
    }
    const markup = markupProblem(value);
    if (markup !== undefined) context.addIssue({ code: 'custom', message: markup });
  });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists in the calendar. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * A calendar date written as a quoted string, `'2018-02-09'`.
 *
 * YAML turns an unquoted date into a JavaScript Date and silently rolls
 * impossible days over (2018-02-30 becomes 2 March), so only quoted strings are
 * accepted: that way a wrong date is caught instead of published.
 */
export const isoDateSchema = z
  .unknown()
  .superRefine((value, context) => {
    if (value instanceof Date) {
      context.addIssue({
        code: 'custom',
        message: "skriv datoen i anførselstegn, fx '2018-02-09', så den kan kontrolleres",
      });
    } else if (typeof value !== 'string' || !isCalendarDate(value)) {
      context.addIssue({
        code: 'custom',
        message: `ugyldig dato ${JSON.stringify(value)}; brug formatet 'ÅÅÅÅ-MM-DD' med en dag, der findes`,
      });
    }
  })
  .transform((value) => new Date(`${String(value)}T00:00:00Z`));
