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
  return {
    ...(name ? { publisher: { name } } : {}),
    contact: { phone, email, postalAddress },
  };
}

/** `tel:` link target for a phone number as written for readers. */
export function phoneHref(phone: string): string {
  return `tel:${phone.replace(/ /g, '')}`;
}

/** The configuration of this build. */
export const siteConfig: SiteConfig = siteConfigFrom(process.env);
