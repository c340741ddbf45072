// Plain JavaScript, free of build tooling, so the CMS integration and the review list's page
// both read the one rule.
import { isPublishingBuild } from '../site/deploy-target.mjs';

/**
 * Whether this build carries the CMS at /admin/. A publishing build without a real backend
 * leaves it out: Decap's test backend keeps edits in memory only, and an editor must never meet
 * a CMS that looks like it saves and does not. Every other build has it (docs/cms.md).
 * @param {Record<string, string | undefined>} env
 * @returns {boolean}
 */
export function includesCms(env) {
  const backend = env['CMS_BACKEND']?.trim() || 'test';
  return !isPublishingBuild(env) || !['test', 'test-repo'].includes(backend);
}

/**
 * Whether the CMS of this build is a try-out: Decap's in-memory test backend, with no local
 * `decap-server` to save to. The admin page then says on every screen that nothing is saved, and
 * loads the real content into the test backend so editors can practise on it.
 * @param {Record<string, string | undefined>} env
 * @returns {boolean}
 */
export function isTrialCms(env) {
  const backend = env['CMS_BACKEND']?.trim() || 'test';
  return includesCms(env) && ['test', 'test-repo'].includes(backend) && env['CMS_LOCAL'] !== 'true';
}
