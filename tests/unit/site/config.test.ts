import { describe, expect, it } from 'vitest';
import { phoneHref, SITE_CONFIG_DEFAULTS, siteConfigFrom } from '../../../src/site/config';

describe('siteConfigFrom', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(siteConfigFrom({})).toEqual({
      publisher: { name: SITE_CONFIG_DEFAULTS.SITE_PUBLISHER },
      contact: {
        phone: SITE_CONFIG_DEFAULTS.SITE_CONTACT_PHONE,
        email: SITE_CONFIG_DEFAULTS.SITE_CONTACT_EMAIL,
        postalAddress: undefined,
      },
    });
  });

  it('reads the publisher and the contact from the environment, trimmed', () => {
    const config = siteConfigFrom({
      SITE_PUBLISHER: ' Region Eksempel ',
      SITE_CONTACT_PHONE: '70 11 22 33',
      SITE_CONTACT_EMAIL: 'web@region.example',
      SITE_CONTACT_ADDRESS: 'Vejen 1, 9000 Aalborg',
    });
    expect(config).toEqual({
      publisher: { name: 'Region Eksempel' },
      contact: {
        phone: '70 11 22 33',
        email: 'web@region.example',
        postalAddress: 'Vejen 1, 9000 Aalborg',
      },
    });
  });

  it('falls back to the default when a variable is set but empty', () => {
    expect(siteConfigFrom({ SITE_PUBLISHER: '  ' }).publisher.name).toBe(
      SITE_CONFIG_DEFAULTS.SITE_PUBLISHER,
    );
  });

  it('stops with a message naming SITE_CONTACT_PHONE when the phone has letters', () => {
    expect(() => siteConfigFrom({ SITE_CONTACT_PHONE: 'ring til os' })).toThrow(
      /SITE_CONTACT_PHONE/,
    );
  });

  it('stops with a message naming SITE_CONTACT_EMAIL when the e-mail has no domain', () => {
    expect(() => siteConfigFrom({ SITE_CONTACT_EMAIL: 'redaktion' })).toThrow(/SITE_CONTACT_EMAIL/);
  });

  it('refuses HTML in the publisher name', () => {
    expect(() => siteConfigFrom({ SITE_PUBLISHER: '<b>Region</b>' })).toThrow(/SITE_PUBLISHER/);
  });
});

describe('phoneHref', () => {
  it('drops the spaces of a number written for readers', () => {
    expect(phoneHref('+45 12 34 56 78')).toBe('tel:+4512345678');
  });
});
