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
