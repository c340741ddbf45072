// The second build under a sub-path, as GitHub Pages serves a project site: one place for its
// base, output folder and configuration, read by tools/build-subpath.mjs and by the tests.

/** The sub-path the second build is served under. */
export const SUBPATH_BASE = '/rehab/';

/** Its output folder (relative to the project root) unless `SUBPATH_SITE_DIR` says otherwise. */
export const SUBPATH_OUT_DIR = process.env['SUBPATH_SITE_DIR'] ?? 'dist-rehab';

/** The public address of the second build (a domain reserved for examples, RFC 2606). */
export const SUBPATH_SITE_URL = 'https://rehab.example.org';

/**
 * It is a publishing build as Netlify runs one (`NETLIFY=true`, the address in Netlify's own
 * `URL`, no `SITE_URL`), so the tests see a configured publisher, contact and address on every
 * page, and that nothing in it says `localhost`. The values are the test's own; the build is
 * never published.
 */
export const SUBPATH_ENV = {
  NETLIFY: 'true',
  URL: SUBPATH_SITE_URL,
  SITE_PUBLISHER: 'Region Eksempel',
  SITE_CONTACT_EMAIL: 'redaktion@rehab.example.org',
  SITE_CONTACT_PHONE: '70 00 00 00',
  BASE_PATH: SUBPATH_BASE,
};

/**
 * Its content: a copy of content/ with the entries of tests/fixtures/new-content/ added (a case,
 * an actor and a pathway), as an editor would add them, so the content check, the build and every
 * test over this build prove that new content breaks nothing.
 */
export const SUBPATH_CONTENT_DIR = '.tmp/rehab-content';

/** The entries added to the sub-path build's content. */
export const NEW_CONTENT_FIXTURE = 'tests/fixtures/new-content';
