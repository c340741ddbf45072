import { describe, expect, it } from 'vitest';
import {
  checkLink,
  checkLinks,
  cssUrls,
  fileForPath,
  formatLinkProblems,
  resolveLink,
  srcsetUrls,
  urlPathForFile,
  type SiteIndex,
} from '../../support/link-check';

const index: SiteIndex = {
  files: new Set([
    'index.html',
    '404.html',
    'forloeb/index.html',
    'forloeb/knae/index.html',
    'cases/cases.csv',
    'favicon.svg',
  ]),
  anchors: new Map([
    ['index.html', new Set(['indhold'])],
    ['404.html', new Set(['indhold'])],
    ['forloeb/index.html', new Set(['indhold'])],
    ['forloeb/knae/index.html', new Set(['indhold', 'trin-2', 'æblerne'])],
  ]),
};
const root = { base: '/' };
const rehab = { base: '/rehab/' };
const ref = (value: string, page = 'forloeb/index.html') => ({ page, source: 'a[href]', value });

describe('urlPathForFile', () => {
  it('serves index.html files at their folder', () => {
    expect(urlPathForFile('forloeb/knae/index.html', '/rehab/')).toBe('/rehab/forloeb/knae/');
  });
  it('serves the home page at the base itself', () => {
    expect(urlPathForFile('index.html', '/rehab/')).toBe('/rehab/');
  });
  it('serves other files at their own name', () => {
    expect(urlPathForFile('404.html', '/')).toBe('/404.html');
  });
});

describe('fileForPath', () => {
  it('finds the index.html of a folder path', () => {
    expect(fileForPath('/forloeb/knae/', index.files)).toEqual({ file: 'forloeb/knae/index.html' });
  });
  it('finds a plain file', () => {
    expect(fileForPath('/cases/cases.csv', index.files)).toEqual({ file: 'cases/cases.csv' });
  });
  it('reports a page path without its trailing slash', () => {
    expect(fileForPath('/forloeb/knae', index.files)).toEqual({
      reason: expect.stringContaining('trailing slash'),
    });
  });
  it('reports a page that does not exist', () => {
    expect(fileForPath('/aktoerer/', index.files)).toEqual({ reason: 'no such page' });
  });
});

describe('resolveLink', () => {
  it('resolves a root-relative link under the root base', () => {
    expect(resolveLink('/forloeb/knae/#trin-2', '/forloeb/', root)).toEqual({
      kind: 'internal',
      path: '/forloeb/knae/',
      fragment: 'trin-2',
    });
  });
  it('resolves a relative link against the page it is on', () => {
    expect(resolveLink('../cases/cases.csv', '/rehab/forloeb/', rehab)).toEqual({
      kind: 'internal',
      path: '/cases/cases.csv',
      fragment: null,
    });
  });
  it('ignores the query string', () => {
    expect(resolveLink('/rehab/forloeb/?q=knæ', '/rehab/', rehab)).toMatchObject({
      path: '/forloeb/',
    });
  });
  it('decodes percent-encoded paths and fragments', () => {
    expect(resolveLink('/forloeb/knae/#%C3%A6blerne', '/', root)).toMatchObject({
      fragment: 'æblerne',
    });
  });
  it('keeps an empty fragment apart from no fragment', () => {
    expect(resolveLink('/forloeb/#', '/', root)).toMatchObject({ fragment: '' });
  });
  it('reports a root link that leaves the sub-path base', () => {
    expect(resolveLink('/forloeb/', '/rehab/', rehab)).toEqual({
      kind: 'broken',
      reason: 'outside the base /rehab/',
    });
  });
  it('reports a relative link that climbs out of the base', () => {
    expect(resolveLink('../../forloeb/', '/rehab/cases/', rehab)).toMatchObject({
      kind: 'broken',
    });
  });
  it('lists links to other sites as external', () => {
    expect(resolveLink('https://www.sst.dk/', '/', root)).toEqual({
      kind: 'external',
      url: 'https://www.sst.dk/',
    });
  });
  it('counts a link to one of the site’s own origins as internal', () => {
    expect(
      resolveLink('https://example.org/rehab/forloeb/', '/rehab/', {
        base: '/rehab/',
        siteOrigins: ['https://example.org'],
      }),
    ).toMatchObject({ kind: 'internal', path: '/forloeb/' });
  });
  it('lists mailto: links as external', () => {
    expect(resolveLink('mailto:a@example.org', '/', root)).toMatchObject({ kind: 'external' });
  });
  it('skips data: URLs', () => {
    expect(resolveLink('data:image/gif;base64,R0lGOD', '/', root)).toEqual({ kind: 'inline' });
  });
  it('reports javascript: URLs', () => {
    expect(resolveLink('javascript:void(0)', '/', root)).toMatchObject({ kind: 'broken' });
  });
});

describe('checkLink', () => {
  it('accepts a link to an existing id on another page', () => {
    expect(checkLink(ref('knae/#trin-2'), index, root)).toBeNull();
  });
  it('accepts a link to an existing id on the same page', () => {
    expect(checkLink(ref('#indhold'), index, root)).toBeNull();
  });
  it('reports a missing id', () => {
    expect(checkLink(ref('knae/#trin-9'), index, root)).toEqual({
      reason: 'no element with id «trin-9»',
    });
  });
  it('accepts #top and an empty fragment, which browsers always honour', () => {
    expect([checkLink(ref('#top'), index, root), checkLink(ref('#'), index, root)]).toEqual([
      null,
      null,
    ]);
  });
  it('ignores fragments on files that are not HTML', () => {
    expect(checkLink(ref('/cases/cases.csv#rad-2'), index, root)).toBeNull();
  });
  it('reports a relative link on the 404 page, which is served at any depth', () => {
    expect(checkLink(ref('forloeb/', '404.html'), index, root)).toEqual({
      reason: expect.stringContaining('404 page'),
    });
  });
  it('accepts a root-relative link on the 404 page', () => {
    expect(checkLink(ref('/forloeb/', '404.html'), index, root)).toBeNull();
  });
});

describe('checkLinks', () => {
  const report = checkLinks(
    [
      ref('/forloeb/knae/'),
      ref('/aktoerer/'),
      ref('https://www.sst.dk/'),
      ref('https://www.sst.dk/'),
      ref('#mangler', 'index.html'),
    ],
    index,
    root,
  );

  it('reports every broken link together, with page and target', () => {
    expect(formatLinkProblems(report.problems)).toEqual([
      'forloeb/index.html: a[href] → /aktoerer/ (no such page)',
      'index.html: a[href] → #mangler (no element with id «mangler»)',
    ]);
  });
  it('lists each external link once', () => {
    expect(report.external).toEqual(['https://www.sst.dk/']);
  });
});

describe('srcsetUrls', () => {
  it('takes the URL of every candidate', () => {
    expect(srcsetUrls('a.png 1x, /b/c.png 2x,d.png')).toEqual(['a.png', '/b/c.png', 'd.png']);
  });
});

describe('cssUrls', () => {
  it('finds quoted and unquoted url() references', () => {
    expect(cssUrls(`a{background:url("x.png")}b{src:url( 'y.woff2' ) url(z.svg)}`)).toEqual([
      'x.png',
      'y.woff2',
      'z.svg',
    ]);
  });
});
