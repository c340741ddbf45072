import { reference } from './reference';
import { z } from 'astro/zod';
import { citationSchema } from './citation';
import { keySchema, plainTextSchema } from './common';
import { phaseSchema } from './vocabulary';

/** A column of a responsibility table: a phase of the course or another aspect. */
export const responsibilityColumnSchema = z.strictObject({
  /** Id that rows use to place their tasks in this column; unique in the table. */
  id: keySchema,
  /** Column heading, e.g. «Under behandling». */
  label: plainTextSchema,
  /** The site-wide phase the column corresponds to, when it is one. */
  phase: phaseSchema.optional(),
});

/** A row: one actor (or another entity, such as a hospital) and its tasks per column. */
export const responsibilityRowSchema = z
  .strictObject({
    /** The actor the row is about, when it is one in the `actors` collection. */
    actor: reference('actors').optional(),
    /** Row heading; defaults to the actor's name. Required when there is no actor. */
    label: plainTextSchema.optional(),
    /** Optional group the row belongs to (e.g. the region of a hospital); consecutive rows with the same group share a group heading. */
    group: plainTextSchema.optional(),
    /** Tasks per column id; a column left out means «no task named in the source». */
    tasks: z.record(keySchema, z.array(plainTextSchema).min(1)),
  })
  .refine((row) => row.actor !== undefined || row.label !== undefined, {
    message: 'en række skal have «actor» eller «label»',
  });

/** A responsibility table: rows × columns → tasks. */
export const responsibilitySchema = z
  .strictObject({
    /** Page title, e.g. «Ansvarsfordeling i kræftrehabilitering». */
    title: plainTextSchema,
    /** Table caption that says what the table shows. */
    caption: plainTextSchema,
    /** A short introduction in the site's own words. */
    description: plainTextSchema,
    /** Heading of the row-header column, e.g. «Aktør» or «Sygehus». */
    rowHeading: plainTextSchema,
    /** The columns, in order. */
    columns: z.array(responsibilityColumnSchema).min(1),
    /** The rows, in order. */
    rows: z.array(responsibilityRowSchema).min(1),
    /** Where the table comes from. */
    sources: z.array(citationSchema).min(1, 'angiv mindst én kilde'),
    /** Remarks shown under the table (abbreviations, values the source left out). */
    notes: z.array(plainTextSchema).default([]),
  })
  .superRefine((table, context) => {
    const columnIds = new Set<string>();
    table.columns.forEach((column, index) => {
      if (columnIds.has(column.id)) {
        context.addIssue({
          code: 'custom',
          path: ['columns', index, 'id'],
          message: `kolonne-id «${column.id}» er brugt før`,
        });
      }
      columnIds.add(column.id);
    });
    table.rows.forEach((row, rowIndex) => {
      for (const columnId of Object.keys(row.tasks)) {
        if (!columnIds.has(columnId)) {
          context.addIssue({
            code: 'custom',
            path: ['rows', rowIndex, 'tasks', columnId],
            message: `ukendt kolonne «${columnId}»; kendte kolonner: ${[...columnIds].join(', ')}`,
          });
        }
      }
    });
  });
