import { describe, expect, it } from 'vitest';
import { checkLink, relativeTo } from '../../../../src/content/check/links';

const context = {
  pagePath: '/forloeb/knae/',
  exists: (path: string) => ['/kilder/', '/forloeb/hofte/', '/favicon.svg'].includes(path),
};

describe('checkLink', () => {
  it('accepts https, mailto and tel links to other sites', () => {
    for (const url of ['https://www.sst.dk/', 'mailto:a@b.dk', 'tel:+4512345678']) {
      expect(checkLink(url, 'link', context)).toEqual([]);
    }
  });
  it('refuses javascript:, data: and vbscript: however they are written', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:x', 'java\tscript:x', ' data:text/html,x', 'vbscript:x']) {
      expect(checkLink(url, 'link', context).join()).toMatch(/er ikke tilladt/);
    }
  });
  it('refuses other kinds of address such as ftp:', () => {
    expect(checkLink('ftp://x/y', 'link', context)).toEqual([expect.stringContaining('«ftp:»')]);
  });
  it('refuses images from other sites, protocol-relative ones included', () => {
    for (const url of ['https://example.com/a.png', '//example.com/a.png']) {
      expect(checkLink(url, 'image', context)).toEqual([expect.stringContaining('andre websteder')]);
    }
  });
  it('accepts a relative link to a page that exists', () => {
    expect(checkLink('../hofte/#trin', 'link', context)).toEqual([]);
    expect(checkLink('../../kilder/', 'link', context)).toEqual([]);
  });
  it('names the missing page a relative link resolves to', () => {
    expect(checkLink('../findes-ikke/', 'link', context)).toEqual([
      expect.stringContaining('«/forloeb/findes-ikke/»'),
    ]);
  });
  it('asks for a relative link instead of one from the site root', () => {
    expect(checkLink('/kilder/', 'link', context)).toEqual([
      expect.stringContaining('«../../kilder/»'),
    ]);
  });
  it('accepts links to a place on the same page', () => {
    expect(checkLink('#trin', 'link', context)).toEqual([]);
  });
});

describe('relativeTo', () => {
  it('climbs out of the page folder to the site root', () => {
    expect(relativeTo('/forloeb/knae/', '/kilder/x/')).toBe('../../kilder/x/');
    expect(relativeTo('/', '/om/')).toBe('./om/');
  });
});
