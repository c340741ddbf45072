import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { plainTextSchema, slugSchema } from './common';

/** A column of a numeric table. */
export const datasetColumnSchema = z.strictObject({
  /** Id that rows use as the key for this column's value. */
  id: slugSchema,
  /** Column heading as shown. */
  label: plainTextSchema,
  /** `text` for labels, `number` for figures (right-aligned, charted). */
  kind: z.enum(['text', 'number']),
  /** Unit shown after the heading, e.g. «antal» or «%». */
  unit: plainTextSchema.optional(),
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
  category: slugSchema,
  /** Number columns drawn as bars, side by side. */
  series: z.array(slugSchema).min(1),
  /** What the chart shows, used as its title and accessible name. */
  title: plainTextSchema,
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
    rows: z.array(z.record(slugSchema, cellSchema)).min(1),
    /** Optional bar chart. */
    chart: datasetChartSchema.optional(),
    /** Where the table comes from. */
    sources: z.array(citationSchema).min(1, 'angiv mindst én kilde'),
    /** Remarks shown under the table. */
    notes: z.array(plainTextSchema).default([]),
  })
  .superRefine((dataset, context) => {
    const columns = new Map(dataset.columns.map((column) => [column.id, column]));
    dataset.rows.forEach((row, rowIndex) => {
      for (const column of dataset.columns) {
        if (!(column.id in row)) {
          context.addIssue({
            code: 'custom',
            path: ['rows', rowIndex],
            message: `rækken mangler kolonnen «${column.id}»; skriv værdien fra kilden, eller «${NOT_STATED}»`,
          });
        }
      }
      for (const [key, value] of Object.entries(row)) {
        const column = columns.get(key);
        if (!column) {
          context.addIssue({
            code: 'custom',
            path: ['rows', rowIndex, key],
            message: `ukendt kolonne «${key}»`,
          });
        } else if (column.kind === 'number' && value !== null && typeof value !== 'number') {
          context.addIssue({
            code: 'custom',
            path: ['rows', rowIndex, key],
            message: `skal være et tal eller «${NOT_STATED}»`,
          });
        } else if (typeof value === 'string' && /<\/?[a-z!][^>]*>/i.test(value)) {
          context.addIssue({
            code: 'custom',
            path: ['rows', rowIndex, key],
            message: 'må ikke indeholde HTML eller script; skriv almindelig tekst',
          });
        }
      }
    });
    const chart = dataset.chart;
    if (chart) {
      for (const [field, id] of [
        ['category', chart.category],
        ...chart.series.map((s) => ['series', s] as const),
      ] as const) {
        if (!columns.has(id)) {
          context.addIssue({
            code: 'custom',
            path: ['chart', field],
            message: `ukendt kolonne «${id}»`,
          });
        } else if (field === 'series' && columns.get(id)?.kind !== 'number') {
          context.addIssue({
            code: 'custom',
            path: ['chart', field],
            message: `kolonnen «${id}» er ikke en talkolonne`,
          });
        }
      }
    }
  });
