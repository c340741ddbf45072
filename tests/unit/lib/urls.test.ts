import { describe, expect, it } from 'vitest';
import { joinBase, paths } from '../../../src/lib/urls';
import { normaliseBasePath, resolveDeployTarget } from '../../../src/lib/deploy-target.mjs';

describe('joinBase', () => {
  it('puts a site path under the root base unchanged', () => {
    expect(joinBase('/', '/forloeb/')).toBe('/forloeb/');
  });
  it('puts a site path under a sub-path base', () => {
    expect(joinBase('/rehab/', '/forloeb/')).toBe('/rehab/forloeb/');
  });
  it('accepts a base without a trailing slash', () => {
    expect(joinBase('/rehab', '/cases/')).toBe('/rehab/cases/');
  });
  it('keeps the query string and fragment', () => {
    expect(joinBase('/rehab/', '/cases/sammenlign/?ids=a,b#tabel')).toBe(
      '/rehab/cases/sammenlign/?ids=a,b#tabel',
    );
  });
  it('gives the base itself for the home page', () => {
    expect(joinBase('/rehab/', paths.home())).toBe('/rehab/');
  });
});

describe('normaliseBasePath', () => {
  it('turns an empty value into the root', () => {
    expect(normaliseBasePath(undefined)).toBe('/');
    expect(normaliseBasePath('')).toBe('/');
  });
  it('adds the missing leading and trailing slashes', () => {
    expect(normaliseBasePath('rehab')).toBe('/rehab/');
  });
  it('collapses repeated slashes at both ends', () => {
    expect(normaliseBasePath('//rehab//')).toBe('/rehab/');
  });
});

describe('resolveDeployTarget', () => {
  it('defaults to localhost at the root when nothing is set', () => {
    expect(resolveDeployTarget({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });
  it('reads the site origin and base path from the environment', () => {
    expect(
      resolveDeployTarget({ SITE_URL: 'https://example.github.io/', BASE_PATH: '/rehab' }),
    ).toEqual({ site: 'https://example.github.io', base: '/rehab/' });
  });
  it('names the variable when the site URL is not absolute', () => {
    expect(() => resolveDeployTarget({ SITE_URL: 'example.org' })).toThrow(/SITE_URL/);
  });
});
