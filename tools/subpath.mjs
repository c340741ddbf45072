// The second build under a sub-path, as GitHub Pages serves a project site: one place for its
// base and output folder, read by tools/build-subpath.mjs and by the tests.

/** The sub-path the second build is served under. */
export const SUBPATH_BASE = '/rehab/';

/** Its output folder (relative to the project root) unless `SUBPATH_SITE_DIR` says otherwise. */
export const SUBPATH_OUT_DIR = process.env['SUBPATH_SITE_DIR'] ?? 'dist-rehab';
