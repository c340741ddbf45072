import { z } from 'astro/zod';

/** Lower-case slug used as an id inside a file (step ids, column ids): letters, digits and dashes. */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'skal være små bogstaver, tal og bindestreger, fx «under-behandling»',
  );

/** A required piece of text: trimmed and never empty. */
export const textSchema = z.string().trim().min(1, 'må ikke være tom');

/**
 * Text shown to readers. Markup is refused outright: every text field is rendered
 * escaped, so HTML in content would only ever show up as literal tags on the page.
 */
export const plainTextSchema = textSchema.refine((value) => !/<\/?[a-z!][^>]*>/i.test(value), {
  message: 'må ikke indeholde HTML eller script; skriv almindelig tekst',
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
