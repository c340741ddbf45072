import { z } from 'astro/zod';
import { isoDateSchema, plainTextSchema } from './common';
import { regionSchema, scopeSchema } from './vocabulary';

/** The kinds of document the site draws on. */
export const SOURCE_KINDS = [
  'forloebsprogram',
  'samarbejdsaftale',
  'overblik',
  'statusrapport',
  'casekatalog',
] as const;

/** One source document. Every page cites one or more of these by id and section. */
export const sourceSchema = z
  .strictObject({
    /** Full title as printed on the document. */
    title: plainTextSchema,
    /** Short name used in citations and lists. */
    shortTitle: plainTextSchema,
    /** Who published it (authority, region, consultancy). */
    publisher: plainTextSchema,
    /** Publication or revision date as the document gives it. */
    date: isoDateSchema,
    /** How precisely `date` is known; a document dated «oktober 2019» is `month`. */
    datePrecision: z.enum(['day', 'month', 'year']),
    /** What kind of document it is. */
    kind: z.enum(SOURCE_KINDS),
    /** National guidance or a regional agreement. */
    scope: scopeSchema,
    /** The region a regional document belongs to; absent for national documents. */
    region: regionSchema.optional(),
    /** One or two sentences, in the site's own words, on what the document covers. */
    summary: plainTextSchema,
    /** The file in the seed folder the text was taken from, for traceability. */
    seedFile: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'skal være et filnavn fra seeds-mappen'),
    /** Parts of the document (figures, charts, icons) that did not survive text extraction. */
    lostInExtraction: z.array(plainTextSchema).default([]),
  })
  .refine((source) => (source.scope === 'regional') === (source.region !== undefined), {
    message: 'region skal angives for regionale kilder og udelades for nationale',
    path: ['region'],
  });
