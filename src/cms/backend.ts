/**
 * The CMS backend, chosen at build from environment variables (see docs/cms.md):
 *
 *   CMS_BACKEND   test (default) | github | gitlab | gitea | forgejo
 *   CMS_REPO      owner/name of the content repository (all but test)
 *   CMS_BRANCH    branch the site is built from (default main)
 *   CMS_API_ROOT  API address of a self-hosted GitLab, Gitea or Forgejo
 *   CMS_BASE_URL  OAuth server for GitHub (or a self-hosted GitLab/Gitea/Forgejo)
 *   CMS_APP_ID    OAuth application id (GitLab, Gitea, Forgejo: PKCE, no server needed)
 *   CMS_LOCAL     `true` lets `npx decap-server` edit the working copy during development
 */

type BackendName = 'test-repo' | 'github' | 'gitlab' | 'gitea' | 'forgejo';

/** Decap's `backend` block, plus what the admin page's CSP must allow for it. */
export interface CmsBackend {
  config: Record<string, string> & { name: BackendName };
  /** Drafts and review before publishing (Decap's editorial workflow). */
  editorialWorkflow: boolean;
  /** Origins the CMS talks to once an editor logs in (connect-src). */
  apiOrigins: string[];
  /** Origins of avatars and uploaded images shown in the CMS (img-src). */
  imageOrigins: string[];
  /** Whether the CMS may use a local `decap-server` (development only). */
  localBackend: boolean;
}

type Env = Record<string, string | undefined>;

const NAMES: Record<string, BackendName> = {
  test: 'test-repo',
  'test-repo': 'test-repo',
  github: 'github',
  gitlab: 'gitlab',
  gitea: 'gitea',
  forgejo: 'forgejo',
};

/** Default API address of the hosted services; self-hosted ones need CMS_API_ROOT. */
const DEFAULT_API: Partial<Record<BackendName, string>> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com/api/v4',
};

const AVATARS: Partial<Record<BackendName, string[]>> = {
  github: ['https://avatars.githubusercontent.com'],
  gitlab: ['https://gitlab.com', 'https://secure.gravatar.com'],
};

function required(env: Env, key: string, backend: string): string {
  const value = env[key]?.trim();
  if (!value) throw new Error(`CMS_BACKEND=${backend} kræver miljøvariablen ${key}`);
  return value;
}

const originOf = (url: string) => new URL(url).origin;

/** Reads the backend from the environment; an incomplete set-up stops the build with a message. */
export function cmsBackendFromEnv(env: Env): CmsBackend {
  const requested = env['CMS_BACKEND']?.trim() || 'test';
  const name = NAMES[requested];
  if (!name) {
    throw new Error(
      `ukendt CMS_BACKEND «${requested}»; brug en af: ${Object.keys(NAMES).join(', ')}`,
    );
  }
  const localBackend = env['CMS_LOCAL'] === 'true';
  if (name === 'test-repo') {
    return {
      config: { name },
      editorialWorkflow: true,
      apiOrigins: [],
      imageOrigins: [],
      localBackend,
    };
  }
  const config: CmsBackend['config'] = {
    name,
    repo: required(env, 'CMS_REPO', requested),
    branch: env['CMS_BRANCH']?.trim() || 'main',
  };
  const apiRoot = env['CMS_API_ROOT']?.trim() || DEFAULT_API[name];
  if (!apiRoot) throw new Error(`CMS_BACKEND=${requested} kræver miljøvariablen CMS_API_ROOT`);
  if (env['CMS_API_ROOT']) config['api_root'] = apiRoot;
  const baseUrl = env['CMS_BASE_URL']?.trim();
  if (baseUrl) config['base_url'] = baseUrl;
  const appId = env['CMS_APP_ID']?.trim();
  if (name !== 'github') {
    // GitLab, Gitea and Forgejo log in with PKCE in the browser: no server of ours.
    config['app_id'] = required(env, 'CMS_APP_ID', requested);
    if (name === 'gitlab') config['auth_type'] = 'pkce';
    // Self-hosted servers authorise on their own address (Gitea would default to try.gitea.io).
    if (!baseUrl && env['CMS_API_ROOT']) config['base_url'] = originOf(apiRoot);
  } else if (appId) {
    config['app_id'] = appId;
  }
  const origins = new Set([originOf(apiRoot), ...(baseUrl ? [originOf(baseUrl)] : [])]);
  return {
    config,
    // Decap's Gitea backend refuses the editorial workflow; the others offer drafts and review.
    editorialWorkflow: name !== 'gitea',
    apiOrigins: [...origins],
    imageOrigins: [...(AVATARS[name] ?? []), originOf(apiRoot)],
    localBackend,
  };
}
