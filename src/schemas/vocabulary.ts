import { z } from 'astro/zod';

/**
 * Closed vocabularies shared by several collections. Their Danish labels live in
 * `src/i18n/da.ts`; adding a value here without a label fails `astro check`.
 */

/** The five Danish regions. */
export const REGIONS = [
  'hovedstaden',
  'sjaelland',
  'syddanmark',
  'midtjylland',
  'nordjylland',
] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;

/** Where in the health system an actor works. */
export const SECTORS = [
  'sygehus',
  'kommune',
  'almen-praksis',
  'privat-praksis',
  'stat',
  'civilsamfund',
  'borger',
  'virksomhed',
] as const;
export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

/** The phases a pathway step can belong to, in the order a course usually runs. */
export const PHASES = [
  'opsporing',
  'udredning',
  'behandling',
  'rehabilitering',
  'opfoelgning',
  'palliation',
] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

/** Disease areas used to filter pathways, cases and search results. */
export const DISEASE_AREAS = [
  'kraeft',
  'diabetes',
  'hjerte-kar',
  'kol',
  'muskel-skelet',
  'osteoporose',
  'amputation',
  'multisygdom',
  'overvaegt',
  'psykisk-sygdom',
  'kronisk-sygdom',
] as const;
export const diseaseAreaSchema = z.enum(DISEASE_AREAS);
export type DiseaseArea = z.infer<typeof diseaseAreaSchema>;

/** Whether a source or pathway applies to the whole country or to one region. */
export const SCOPES = ['national', 'regional'] as const;
export const scopeSchema = z.enum(SCOPES);
export type Scope = z.infer<typeof scopeSchema>;
