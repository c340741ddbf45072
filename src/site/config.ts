/**
 * The site's own facts in one place: who publishes this copy of the site and how readers reach
 * them. The site is published by the organisation that hosts it, so every value can be set from
 * an environment variable at build time (see README, «Publisher and contact»); the defaults are
 * for local builds and must be replaced before the site is published.
 */
export interface SiteConfig {
  /** The organisation that publishes and answers for this copy of the site. */
  publisher: {
    /** Name shown in the header, the footer, on «Om sitet» and on paper. */
    name: string;
  };
  /** Where readers report problems, also the contact of the accessibility statement. */
  contact: {
    /** Phone number as it is written for readers, e.g. «+45 12 34 56 78». */
    phone: string;
    /** Written contact: an e-mail address. */
    email: string;
    /** Optional postal address for written contact, on one line. */
    postalAddress?: string | undefined;
  };
}

/** The environment variables read, and the values used when one is not set. */
export const SITE_CONFIG_DEFAULTS = {
  SITE_PUBLISHER: 'Redaktionen for Rehabiliteringsforløb',
  SITE_CONTACT_PHONE: '+45 12 34 56 78',
  SITE_CONTACT_EMAIL: 'redaktion@rehabiliteringsforloeb.dk',
} as const;

const PHONE = /^\+?[0-9][0-9 ]{6,18}[0-9]$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i;

/** A configured value with surrounding space removed, or the default when it is empty. */
function valueOf(
  env: Record<string, string | undefined>,
  name: keyof typeof SITE_CONFIG_DEFAULTS,
): string {
  return env[name]?.trim() || SITE_CONFIG_DEFAULTS[name];
}

/**
 * Builds the site configuration from environment variables. A malformed value stops the build
 * with a Danish message that names the variable, so a wrong contact never reaches readers.
 */
export function siteConfigFrom(env: Record<string, string | undefined>): SiteConfig {
  const name = valueOf(env, 'SITE_PUBLISHER');
  const phone = valueOf(env, 'SITE_CONTACT_PHONE');
  const email = valueOf(env, 'SITE_CONTACT_EMAIL');
  const postalAddress = env['SITE_CONTACT_ADDRESS']?.trim() || undefined;
  if (/[<>]/.test(name) || (postalAddress && /[<>]/.test(postalAddress))) {
    throw new Error('SITE_PUBLISHER og SITE_CONTACT_ADDRESS må ikke indeholde HTML');
  }
  if (!PHONE.test(phone)) {
    throw new Error(
      `SITE_CONTACT_PHONE skal være et telefonnummer med cifre og mellemrum, fx «+45 12 34 56 78», ikke «${phone}»`,
    );
  }
  if (!EMAIL.test(email)) {
    throw new Error(`SITE_CONTACT_EMAIL skal være en e-mailadresse, ikke «${email}»`);
  }
  return { publisher: { name }, contact: { phone, email, postalAddress } };
}

/** `tel:` link target for a phone number as written for readers. */
export function phoneHref(phone: string): string {
  return `tel:${phone.replace(/ /g, '')}`;
}

/** The configuration of this build. */
export const siteConfig: SiteConfig = siteConfigFrom(process.env);
