import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { keySchema, plainTextSchema } from './common';
import {
  COLUMN_KINDS,
  cellProblem,
  compareTotals,
  isNumberKind,
  ownCell,
  unitProblem,
} from './dataset-values';

/** A column of a numeric table. */
export const datasetColumnSchema = z
  .strictObject({
    /** Id that rows use as the key for this column's value; unique in the table. */
    id: keySchema,
    /** Column heading as shown. */
    label: plainTextSchema,
    /**
     * What the column's values are: `text` for labels and words; `count` for a number of
     * people, contacts or cases (whole and not negative); `percentage` for a share from 0 to
     * 100; `amount` for any other measured number, such as an age or an average per patient.
     * The number kinds are right-aligned, written the Danish way and can be drawn as bars.
     */
    kind: z.enum(COLUMN_KINDS),
    /**
     * The unit, shown after the heading: for `count` what is counted («antal», «personer»), for
     * `percentage` always «%», for `amount` what it is measured in («år», «pr. patient»).
     * Required for `count` and `amount`, optional for `percentage`, left out for `text`.
     */
    unit: plainTextSchema.optional(),
  })
  .superRefine((column, context) => {
    const problem = unitProblem(column.kind, column.unit);
    if (problem !== undefined)
      context.addIssue({ code: 'custom', path: ['unit'], message: problem });
  });

/** What an editor writes where the source gives no value; pages receive `null` for it. */
export const NOT_STATED = 'ikke oplyst';

/**
 * A value in a row: text, a number, or «ikke oplyst» where the source gives none. A missing
 * key or an empty value is refused, so a forgotten figure never reads as «not stated».
 */
const cellSchema = z
  .union([z.string(), z.number()], {
    error: (issue) =>
      issue.input === null || issue.input === undefined
        ? `cellen er tom; skriv værdien fra kilden, eller «${NOT_STATED}», hvis kilden ikke giver den`
        : undefined,
  })
  .transform((value) => (value === NOT_STATED ? null : value))
  // How the value is published (/data/, src/open-data/json-schema.ts): text, a number or null.
  .meta({ anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }] });

/** A bar chart drawn from the table, for readers who would rather look than read. */
export const datasetChartSchema = z.strictObject({
  /** Column whose values label the bars (usually the first, text column). */
  category: keySchema,
  /** Number columns drawn as bars, side by side. */
  series: z.array(keySchema).min(1),
  /** What the chart shows, used as its title and accessible name. */
  title: plainTextSchema,
});

/** The row of a table that states the source's totals, checked against the other rows. */
export const datasetTotalsSchema = z.strictObject({
  /** The totals row, named by its value in the first column exactly as in `rows` («Samlet»). */
  row: plainTextSchema,
  /**
   * Count columns whose total, as the source prints it, is not the sum of the other rows (the
   * source's own slip, kept as printed). Say so for readers in `notes`.
   */
  differsInSource: z.array(keySchema).default([]),
});

/** A numeric table from a source (incidence, patients per cluster, …). */
export const datasetSchema = z
  .strictObject({
    /** Title shown on pages. */
    title: plainTextSchema,
    /** Table caption. */
    caption: plainTextSchema,
    /** The columns, in order; the first is the row header. */
    columns: z.array(datasetColumnSchema).min(2),
    /** The rows: column id → value exactly as the source gives it. */
    rows: z.array(z.record(keySchema, cellSchema)).min(1),
    /**
     * The row that states the source's totals, when the table has one: each count column of that
     * row must equal the sum of the other rows where the table gives every number.
     */
    totals: datasetTotalsSchema.optional(),
    /** Optional bar chart. */
    chart: datasetChartSchema.optional(),
    /** Where the table comes from. */
    sources: z.array(citationSchema).min(1, 'angiv mindst én kilde'),
    /** Remarks shown under the table. */
    notes: z.array(plainTextSchema).default([]),
  })
  .superRefine((dataset, context) => {
    const issue = (path: PropertyKey[], message: string) =>
      context.addIssue({ code: 'custom', path, message });
    const columns = new Map(dataset.columns.map((column) => [column.id, column]));
    const seen = new Set<string>();
    dataset.columns.forEach((column, index) => {
      if (seen.has(column.id)) {
        issue(
          ['columns', index, 'id'],
          `kolonne-id «${column.id}» er brugt før; giv hver kolonne sit eget id`,
        );
      }
      seen.add(column.id);
    });
    dataset.rows.forEach((row, rowIndex) => {
      for (const column of columns.values()) {
        if (!Object.hasOwn(row, column.id)) {
          issue(
            ['rows', rowIndex],
            `rækken mangler kolonnen «${column.id}»; skriv værdien fra kilden, eller «${NOT_STATED}»`,
          );
        }
      }
      for (const [key, value] of Object.entries(row)) {
        const column = columns.get(key);
        const problem = column ? cellProblem(value, column.kind) : `ukendt kolonne «${key}»`;
        if (problem !== undefined) issue(['rows', rowIndex, key], problem);
        else if (typeof value === 'string' && /<\/?[a-z!][^>]*>/i.test(value)) {
          issue(
            ['rows', rowIndex, key],
            'må ikke indeholde HTML eller script; skriv almindelig tekst',
          );
        }
      }
    });
    const chart = dataset.chart;
    if (chart) {
      for (const [field, id] of [
        ['category', chart.category],
        ...chart.series.map((s) => ['series', s] as const),
      ] as const) {
        const column = columns.get(id);
        if (!column) issue(['chart', field], `ukendt kolonne «${id}»`);
        else if (field === 'series' && !isNumberKind(column.kind)) {
          issue(['chart', field], `kolonnen «${id}» er ikke en talkolonne`);
        }
      }
    }
    if (dataset.totals) checkTotals(dataset, dataset.totals, issue);
  });

type Dataset = {
  columns: { id: string; kind: (typeof COLUMN_KINDS)[number] }[];
  rows: Record<string, string | number | null>[];
};

/** The totals row exists once, and its counts are the sums of the other rows (or said not to be). */
function checkTotals(
  dataset: Dataset,
  totals: z.infer<typeof datasetTotalsSchema>,
  issue: (path: PropertyKey[], message: string) => void,
): void {
  const first = dataset.columns[0]?.id ?? '';
  const matches = dataset.rows.flatMap((row, index) =>
    ownCell(row, first) === totals.row ? [index] : [],
  );
  const totalIndex = matches[0];
  if (totalIndex === undefined || matches.length > 1) {
    issue(
      ['totals', 'row'],
      matches.length > 1
        ? `rækken «${totals.row}» står ${matches.length} gange; totalrækken skal være entydig`
        : `ingen række har «${totals.row}» i kolonnen «${first}»; skriv totalrækkens navn, som det står i rækkerne`,
    );
    return;
  }
  const counts = dataset.columns.filter((column) => column.kind === 'count').map((c) => c.id);
  totals.differsInSource.forEach((id, index) => {
    if (!counts.includes(id)) {
      issue(
        ['totals', 'differsInSource', index],
        `«${id}» er ikke en kolonne med antal (kind: count)`,
      );
    }
  });
  for (const result of compareTotals(dataset.rows, totalIndex, counts)) {
    const declared = totals.differsInSource.indexOf(result.columnId);
    if (!result.agrees && declared === -1) {
      issue(
        ['rows', totalIndex, result.columnId],
        `totalen ${result.stated} er ikke summen af de andre rækker (${result.sum}); ret tallene efter kilden, eller skriv «${result.columnId}» under totals.differsInSource, hvis kilden selv trykker en anden total, og forklar det i notes`,
      );
    } else if (result.agrees && declared !== -1) {
      issue(
        ['totals', 'differsInSource', declared],
        `totalen i «${result.columnId}» er summen af de andre rækker (${result.sum}); slet kolonnen fra listen`,
      );
    }
  }
}
