import { z } from 'astro/zod';
import { isoDateSchema, plainTextSchema } from './common';
import { externalUrlProblem } from './external-url';
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
    /**
     * Parts of the document (figures, charts, icons) the site does not reproduce, and what the
     * document leaves unsaid. Shown to readers under «Om kilden», so write what the document
     * does and does not state, never how its text was obtained.
     */
    lostInExtraction: z.array(plainTextSchema).default([]),
    /**
     * Where the original document can be fetched, only when the document itself (or its
     * publisher's page for it) gives the address. Never a guessed address: leave it out instead.
     */
    url: z
      .url({ protocol: /^https$/, error: 'skal være en fuld adresse, der begynder med https://' })
      .superRefine((url, context) => {
        // An address that is not one at all has its message from .url() already.
        const problem = URL.canParse(url) ? externalUrlProblem(url, 'https') : undefined;
        if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    /**
     * What the document says about itself (how it was made, who answers for it), in the site's
     * own words, each part with the section it comes from. Shown on the source's own page.
     * Optional rather than defaulted, so entries parsed before the field existed stay valid.
     */
    aboutDocument: z
      .array(
        z.strictObject({
          /** Heading of the part, e.g. «Sådan er casene udvalgt». */
          heading: plainTextSchema,
          /** The section of the document the part is based on, as the document numbers it. */
          section: plainTextSchema,
          /** Paragraphs in the site's own words. */
          paragraphs: z.array(plainTextSchema).min(1),
          /** Optional list after the paragraphs, e.g. the selection criteria. */
          items: z.array(plainTextSchema).default([]),
        }),
      )
      .optional(),
  })
  .refine((source) => (source.scope === 'regional') === (source.region !== undefined), {
    message: 'region skal angives for regionale kilder og udelades for nationale',
    path: ['region'],
  });
export type SourceData = z.infer<typeof sourceSchema>;
