import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LICENCE,
  missingForPublishing,
  phoneHref,
  publishingProblem,
  siteConfigFrom,
} from '../../../src/site/config';

const configured = {
  SITE_URL: 'https://rehab.example.org',
  SITE_PUBLISHER: 'Region Eksempel',
  SITE_CONTACT_EMAIL: 'web@region.example',
};

describe('siteConfigFrom', () => {
  it('has no publisher and no contact when nothing is set, so none is shown', () => {
    expect(siteConfigFrom({})).toEqual({
      licence: DEFAULT_LICENCE,
      contact: { phone: undefined, email: undefined, postalAddress: undefined },
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
      licence: DEFAULT_LICENCE,
      contact: {
        phone: '70 11 22 33',
        email: 'web@region.example',
        postalAddress: 'Vejen 1, 9000 Aalborg',
      },
    });
  });

  it('publishes under CC BY 4.0 unless another licence is named with its address', () => {
    expect(siteConfigFrom({}).licence).toEqual({
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(
      siteConfigFrom({
        SITE_LICENCE: 'CC0 1.0',
        SITE_LICENCE_URL: 'https://creativecommons.org/publicdomain/zero/1.0/',
      }).licence,
    ).toEqual({ name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' });
  });

  it('refuses a licence without its address, or an address that is not https', () => {
    expect(() => siteConfigFrom({ SITE_LICENCE: 'CC0 1.0' })).toThrow(/SITE_LICENCE_URL/);
    expect(() =>
      siteConfigFrom({ SITE_LICENCE: 'CC0 1.0', SITE_LICENCE_URL: 'licens.html' }),
    ).toThrow(/SITE_LICENCE_URL/);
  });

  it('treats a variable that is set but empty as not configured', () => {
    expect(siteConfigFrom({ SITE_PUBLISHER: '  ' }).publisher).toBeUndefined();
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

describe('missingForPublishing', () => {
  it('asks nothing of a build that is not for publishing', () => {
    expect(missingForPublishing({})).toEqual([]);
  });

  it('names the address, the publisher and the contact a publishing build lacks', () => {
    const missing = missingForPublishing({ SITE_PUBLISH: '1' });
    expect(missing.map((line) => line.split(':')[0])).toEqual([
      'SITE_URL',
      'SITE_PUBLISHER',
      'SITE_CONTACT_EMAIL',
    ]);
  });

  it('takes a Netlify build as one for publishing, with the address from Netlify’s URL', () => {
    expect(missingForPublishing({ NETLIFY: 'true', URL: 'https://rehab.netlify.app' })).toEqual([
      expect.stringMatching(/^SITE_PUBLISHER/),
      expect.stringMatching(/^SITE_CONTACT_EMAIL/),
    ]);
  });

  it('takes a Cloudflare Pages build as one for publishing', () => {
    expect(missingForPublishing({ CF_PAGES: '1', ...configured })).toEqual([]);
    expect(missingForPublishing({ CF_PAGES: '1' })).toHaveLength(3);
  });
});

describe('publishingProblem', () => {
  it('says in Danish that the build is for publishing, one missing variable a line', () => {
    expect(publishingProblem({ SITE_PUBLISH: 'true', ...configured, SITE_PUBLISHER: '' })).toBe(
      'Bygget er til udgivelse (se README, «Publishing builds»), men disse miljøvariabler mangler:\n' +
        '  SITE_PUBLISHER: navnet på den organisation, der udgiver sitet',
    );
  });

  it('has nothing to say when the publishing build is configured', () => {
    expect(publishingProblem({ SITE_PUBLISH: '1', ...configured })).toBeUndefined();
  });
});

describe('phoneHref', () => {
  it('drops the spaces of a number written for readers', () => {
    expect(phoneHref('+45 70 11 22 33')).toBe('tel:+4570112233');
  });
});
