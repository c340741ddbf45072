import { describe, expect, it } from 'vitest';
import { paths } from '../../../src/site/urls';
import { joinBase, normaliseBasePath, stripBase } from '../../../src/site/base-path.mjs';

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

describe('stripBase', () => {
  it('removes a sub-path base from a pathname', () => {
    expect(stripBase('/rehab/forloeb/', '/rehab/')).toBe('/forloeb/');
  });
  it('leaves pathnames alone under the root base', () => {
    expect(stripBase('/forloeb/', '/')).toBe('/forloeb/');
  });
  it('turns the base itself into the home path', () => {
    expect(stripBase('/rehab/', '/rehab/')).toBe('/');
  });
});
