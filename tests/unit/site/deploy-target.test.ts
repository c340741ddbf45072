import { describe, expect, it } from 'vitest';
import { isPublishingBuild, resolveDeployTarget } from '../../../src/site/deploy-target.mjs';

describe('resolveDeployTarget', () => {
  it('serves a local build at localhost and gives it no public address', () => {
    expect(resolveDeployTarget({})).toEqual({
      site: 'http://localhost:4321',
      publicSite: undefined,
      base: '/',
      publishing: false,
    });
  });

  it('reads the site origin and base path from the environment', () => {
    expect(
      resolveDeployTarget({ SITE_URL: 'https://example.github.io/', BASE_PATH: '/rehab' }),
    ).toEqual({
      site: 'https://example.github.io',
      publicSite: 'https://example.github.io',
      base: '/rehab/',
      publishing: false,
    });
  });

  it('takes the address from Netlify’s own URL variable on Netlify', () => {
    const target = resolveDeployTarget({ NETLIFY: 'true', URL: 'https://rehab.netlify.app' });
    expect(target).toMatchObject({ publicSite: 'https://rehab.netlify.app', publishing: true });
  });

  it('prefers SITE_URL to Netlify’s URL, for a custom domain', () => {
    const target = resolveDeployTarget({
      NETLIFY: 'true',
      URL: 'https://rehab.netlify.app',
      SITE_URL: 'https://rehab.example.org',
    });
    expect(target.site).toBe('https://rehab.example.org');
  });

  it('ignores a URL variable outside Netlify', () => {
    expect(resolveDeployTarget({ URL: 'https://elsewhere.example' }).publicSite).toBeUndefined();
  });

  it('names the variable when the site URL is not absolute', () => {
    expect(() => resolveDeployTarget({ SITE_URL: 'example.org' })).toThrow(/SITE_URL/);
  });

  it('refuses a local address in a publishing build', () => {
    expect(() =>
      resolveDeployTarget({ SITE_PUBLISH: '1', SITE_URL: 'http://localhost:4321' }),
    ).toThrow(/SITE_URL peger på denne maskine/);
  });
});

describe('isPublishingBuild', () => {
  it('is false for a local build, the tests and the development server', () => {
    expect(isPublishingBuild({})).toBe(false);
    expect(isPublishingBuild({ CI: 'true' })).toBe(false);
  });

  it('is true on Netlify and Cloudflare Pages', () => {
    expect(isPublishingBuild({ NETLIFY: 'true' })).toBe(true);
    expect(isPublishingBuild({ CF_PAGES: '1' })).toBe(true);
  });

  it('follows SITE_PUBLISH when it is set, also on a host', () => {
    expect(isPublishingBuild({ SITE_PUBLISH: '1' })).toBe(true);
    expect(isPublishingBuild({ SITE_PUBLISH: 'false', NETLIFY: 'true' })).toBe(false);
  });

  it('names SITE_PUBLISH when its value means neither yes nor no', () => {
    expect(() => isPublishingBuild({ SITE_PUBLISH: 'måske' })).toThrow(/SITE_PUBLISH/);
  });
});
