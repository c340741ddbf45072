import { describe, expect, it } from 'vitest';
import { resolveDeployTarget } from '../../../src/site/deploy-target.mjs';

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
