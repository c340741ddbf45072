import { describe, expect, it } from 'vitest';
import { adminCsp, renderAdminPage } from '../../../src/cms/admin-page';
import { cmsBackendFromEnv } from '../../../src/cms/backend';
import { includesCms, isTrialCms } from '../../../src/cms/availability.mjs';

describe('cmsBackendFromEnv', () => {
  it('uses the in-memory test backend, with drafts and review, when nothing is set', () => {
    expect(cmsBackendFromEnv({})).toMatchObject({
      config: { name: 'test-repo' },
      editorialWorkflow: true,
      apiOrigins: [],
    });
  });

  it('sets up GitHub with the repository, branch and its API as the only other origin', () => {
    const backend = cmsBackendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'region/rehab' });
    expect(backend.config).toEqual({ name: 'github', repo: 'region/rehab', branch: 'main' });
    expect(backend.apiOrigins).toEqual(['https://api.github.com']);
  });

  it('logs in to GitLab with PKCE and an application id', () => {
    const backend = cmsBackendFromEnv({
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'region/rehab',
      CMS_APP_ID: 'abc',
    });
    expect(backend.config).toMatchObject({ auth_type: 'pkce', app_id: 'abc' });
  });

  it('points a self-hosted Forgejo at its own address for API and login', () => {
    const backend = cmsBackendFromEnv({
      CMS_BACKEND: 'forgejo',
      CMS_REPO: 'region/rehab',
      CMS_APP_ID: 'abc',
      CMS_API_ROOT: 'https://git.region.dk/api/v1',
    });
    expect(backend.config).toMatchObject({
      api_root: 'https://git.region.dk/api/v1',
      base_url: 'https://git.region.dk',
    });
    expect(backend.apiOrigins).toEqual(['https://git.region.dk']);
  });

  it('offers no editorial workflow on Gitea, whose Decap backend refuses it', () => {
    const env = { CMS_REPO: 'a/b', CMS_APP_ID: 'x', CMS_API_ROOT: 'https://g.dk/api/v1' };
    expect(cmsBackendFromEnv({ ...env, CMS_BACKEND: 'gitea' }).editorialWorkflow).toBe(false);
  });

  it('stops the build with the missing variable named', () => {
    expect(() => cmsBackendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b' })).toThrow(
      'CMS_BACKEND=gitlab kræver miljøvariablen CMS_APP_ID',
    );
  });

  it('refuses an unknown backend name', () => {
    expect(() => cmsBackendFromEnv({ CMS_BACKEND: 'dropbox' })).toThrow('ukendt CMS_BACKEND');
  });
});

describe('the admin page', () => {
  it('allows only the backend API besides its own origin in connect-src', () => {
    const csp = adminCsp(cmsBackendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' }));
    expect(csp).toContain("connect-src 'self' https://api.github.com;");
    expect(csp).toContain("object-src 'none'");
  });

  it('is marked noindex and loads its scripts from its own folder', () => {
    const html = renderAdminPage(cmsBackendFromEnv({}));
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<script src="decap/decap-cms.js"></script>');
    expect(html).toContain('<html lang="da">');
  });

  it('says that nothing is saved and loads the content when no backend is configured', () => {
    const html = renderAdminPage(cmsBackendFromEnv({}));
    expect(html).toContain('Prøvetilstand: intet bliver gemt.');
    expect(html).toContain('<script src="repo-files.js"></script>');
  });

  it('is no try-out where the local decap-server or a real backend saves', () => {
    for (const env of [{ CMS_LOCAL: 'true' }, { CMS_BACKEND: 'github', CMS_REPO: 'a/b' }]) {
      const html = renderAdminPage(cmsBackendFromEnv(env));
      expect(html).not.toContain('Prøvetilstand');
      expect(html).not.toContain('repo-files.js');
    }
  });
});

describe('isTrialCms', () => {
  it('is a try-out only with the test backend and no local server', () => {
    expect(isTrialCms({})).toBe(true);
    expect(isTrialCms({ CMS_LOCAL: 'true' })).toBe(false);
    expect(isTrialCms({ CMS_BACKEND: 'gitlab' })).toBe(false);
    expect(isTrialCms({ SITE_PUBLISH: '1' })).toBe(false);
  });
});

describe('includesCms', () => {
  it('keeps the CMS in a build that is not for publishing, so editors can try it', () => {
    expect(includesCms({})).toBe(true);
  });

  it('leaves the CMS out of a publishing build without a real backend', () => {
    expect(includesCms({ SITE_PUBLISH: '1' })).toBe(false);
    expect(includesCms({ NETLIFY: 'true', CMS_BACKEND: 'test' })).toBe(false);
  });

  it('keeps the CMS in a publishing build with a real backend', () => {
    expect(includesCms({ SITE_PUBLISH: '1', CMS_BACKEND: 'github' })).toBe(true);
  });
});
