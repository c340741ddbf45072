import { describe, expect, it } from 'vitest';
import { checkLink, checkLinkText, relativeTo } from '../../../../src/content/check/links';

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
  it('refuses http: and protocol-relative links, which do not say the connection is safe', () => {
    expect(checkLink('http://www.sst.dk/', 'link', context)).toEqual([expect.stringContaining('http://')]);
    expect(checkLink('//www.sst.dk/', 'link', context)).toEqual([expect.stringContaining('https://')]);
  });
  it('refuses a user name before the host and names the host the link really opens', () => {
    expect(checkLink('https://www.rn.dk@evil.example/', 'link', context)).toEqual([
      expect.stringContaining('så den åbner «evil.example»'),
    ]);
  });
  it('lets a mailto: link fill in its subject and nothing else', () => {
    expect(checkLink('mailto:a@rn.dk?subject=Henvisning%20af%20borger', 'link', context)).toEqual([]);
    for (const [url, field] of [
      ['mailto:a@rn.dk?bcc=x@evil.example', 'bcc'],
      ['mailto:a@rn.dk?subject=Hej&Body=CPR', 'body'],
      ['mailto:a@rn.dk?%63c=x@evil.example', 'cc'],
    ] as const) {
      expect(checkLink(url, 'link', context)).toEqual([expect.stringContaining(`«${field}=»`)]);
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

describe('checkLinkText', () => {
  it('accepts a link whose text is its own address, with or without www. and https://', () => {
    expect(checkLinkText('https://www.sst.dk/', 'https://www.sst.dk/')).toEqual([]);
    expect(checkLinkText('sundhed.dk', 'https://www.sundhed.dk/borger/')).toEqual([]);
    expect(checkLinkText('www.rn.dk/knae', 'https://rn.dk/knae')).toEqual([]);
    expect(checkLinkText('kontakt@rn.dk', 'mailto:Kontakt@rn.dk?subject=Hej')).toEqual([]);
  });
  it('leaves texts that do not read as an address alone', () => {
    for (const text of ['Sundhedsstyrelsen', 'afsnit 4.2', 'rapport.pdf', 'f.eks.', 'Bilag 6']) {
      expect(checkLinkText(text, 'https://evil.example/')).toEqual([]);
    }
  });
  it('refuses a text that shows one address for a link to another, naming both', () => {
    expect(checkLinkText('www.sundhed.dk', 'https://sundhed.dk.evil.example/')).toEqual([
      expect.stringContaining('«www.sundhed.dk», men linket fører til «sundhed.dk.evil.example»'),
    ]);
    expect(checkLinkText('kontakt@rn.dk', 'mailto:x@evil.example')).toEqual([
      expect.stringContaining('«kontakt@rn.dk», men linket fører til «x@evil.example»'),
    ]);
    expect(checkLinkText('rn.dk', '../../kilder/')).toEqual([expect.stringContaining('«rn.dk»')]);
  });
});
