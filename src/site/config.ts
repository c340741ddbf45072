import { configuredSiteUrl, isPublishingBuild } from './deploy-target.mjs';

/**
 * The site's own facts in one place: who publishes this copy of the site and how readers reach
 * them. The site is published by the organisation that hosts it, so every value is set from an
 * environment variable at build time (README, «Publisher and contact»). Nothing has a default:
 * a value that is not configured is not shown, so no reader is ever given a contact that
 * reaches nobody. A publishing build (src/site/deploy-target.mjs) must have a publisher and
 * a contact e-mail.
 */
export interface SiteConfig {
  /** The organisation that publishes and answers for this copy of the site, when configured. */
  publisher?: {
    /** Name shown in the header, the footer, on «Om sitet» and on paper. */
    name: string;
  };
  /**
   * The licence the content and the open data (/data/, /fhir/) are published under. Always set:
   * CC BY 4.0 unless SITE_LICENCE and SITE_LICENCE_URL name another.
   */
  licence: {
    /** Its short name, e.g. «CC BY 4.0». */
    name: string;
    /** The licence's own address. */
    url: string;
  };
  /** Where readers report problems, also the contact of the accessibility statement. */
  contact: {
    /** Phone number as it is written for readers, e.g. «70 11 22 33». */
    phone?: string | undefined;
    /** Written contact: an e-mail address. */
    email?: string | undefined;
    /** Postal address for written contact, on one line. */
    postalAddress?: string | undefined;
  };
}

type Env = Record<string, string | undefined>;

/** The licence when none is configured: Creative Commons Attribution 4.0. */
export const DEFAULT_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

const PHONE = /^\+?[0-9][0-9 ]{6,18}[0-9]$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i;

/** A configured value with surrounding space removed, or undefined when it is empty. */
const valueOf = (env: Env, name: string): string | undefined => env[name]?.trim() || undefined;

/**
 * What a publishing build (src/site/deploy-target.mjs) lacks, one Danish line per missing
 * variable; empty for any other build. astro.config.mjs stops the build with all of them.
 */
export function missingForPublishing(env: Env): string[] {
  if (!isPublishingBuild(env)) return [];
  const missing: string[] = [];
  if (!configuredSiteUrl(env)) {
    missing.push('SITE_URL: den adresse, sitet udgives på, fx https://rehab.example.org');
  }
  if (!valueOf(env, 'SITE_PUBLISHER')) {
    missing.push('SITE_PUBLISHER: navnet på den organisation, der udgiver sitet');
  }
  if (!valueOf(env, 'SITE_CONTACT_EMAIL')) {
    missing.push('SITE_CONTACT_EMAIL: den e-mailadresse, læserne kan skrive til');
  }
  return missing;
}

/** The message a publishing build stops with, or undefined when nothing is missing. */
export function publishingProblem(env: Env): string | undefined {
  const missing = missingForPublishing(env);
  if (missing.length === 0) return undefined;
  return [
    'Bygget er til udgivelse (se README, «Publishing builds»), men disse miljøvariabler mangler:',
    ...missing.map((line) => `  ${line}`),
  ].join('\n');
}

/**
 * Builds the site configuration from environment variables. A malformed value stops the build
 * with a Danish message that names the variable.
 */
export function siteConfigFrom(env: Env): SiteConfig {
  const name = valueOf(env, 'SITE_PUBLISHER');
  const phone = valueOf(env, 'SITE_CONTACT_PHONE');
  const email = valueOf(env, 'SITE_CONTACT_EMAIL');
  const postalAddress = valueOf(env, 'SITE_CONTACT_ADDRESS');
  if ((name && /[<>]/.test(name)) || (postalAddress && /[<>]/.test(postalAddress))) {
    throw new Error('SITE_PUBLISHER og SITE_CONTACT_ADDRESS må ikke indeholde HTML');
  }
  if (phone && !PHONE.test(phone)) {
    throw new Error(
      `SITE_CONTACT_PHONE skal være et telefonnummer med cifre og mellemrum, fx «70 11 22 33», ikke «${phone}»`,
    );
  }
  if (email && !EMAIL.test(email)) {
    throw new Error(`SITE_CONTACT_EMAIL skal være en e-mailadresse, ikke «${email}»`);
  }
  const licenceName = valueOf(env, 'SITE_LICENCE');
  const licenceUrl = valueOf(env, 'SITE_LICENCE_URL');
  if ((licenceName === undefined) !== (licenceUrl === undefined)) {
    throw new Error(
      'SITE_LICENCE og SITE_LICENCE_URL sættes sammen: licensens navn, fx «CC0 1.0», og dens adresse',
    );
  }
  if (licenceName && /[<>]/.test(licenceName)) {
    throw new Error('SITE_LICENCE må ikke indeholde HTML');
  }
  if (licenceUrl && !/^https:\/\/\S+$/.test(licenceUrl)) {
    throw new Error(
      `SITE_LICENCE_URL skal være en fuld adresse, der begynder med https://, ikke «${licenceUrl}»`,
    );
  }
  return {
    ...(name ? { publisher: { name } } : {}),
    licence:
      licenceName && licenceUrl ? { name: licenceName, url: licenceUrl } : { ...DEFAULT_LICENCE },
    contact: { phone, email, postalAddress },
  };
}

/** `tel:` link target for a phone number as written for readers. */
export function phoneHref(phone: string): string {
  return `tel:${phone.replace(/ /g, '')}`;
}

/** The configuration of this build. */
export const siteConfig: SiteConfig = siteConfigFrom(process.env);
