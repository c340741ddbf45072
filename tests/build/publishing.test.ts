import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SUBPATH_SITE_DIR } from '../support/site-dirs';
import { SUBPATH_BASE, SUBPATH_SITE_URL } from '../../tools/subpath.mjs';

// Builds for publishing (README, «Publishing builds»). dist-rehab/ is built as Netlify builds a
// site (tools/subpath.mjs): NETLIFY=true and the address in Netlify's own URL, no SITE_URL.

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

describe('a build on Netlify, with the address in the host’s URL variable', () => {
  it('has no local address in any file it writes', () => {
    const local = filesUnder(SUBPATH_SITE_DIR).filter((file) =>
      readFileSync(join(SUBPATH_SITE_DIR, file), 'utf8').includes('localhost'),
    );
    expect(local).toEqual([]);
  });

  it('lists its pages in the sitemap at the host’s address', () => {
    const sitemap = readFileSync(join(SUBPATH_SITE_DIR, 'sitemap-0.xml'), 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations.length).toBeGreaterThan(0);
    expect(
      locations.filter((loc) => !loc?.startsWith(`${SUBPATH_SITE_URL}${SUBPATH_BASE}`)),
    ).toEqual([]);
  });

  it('leaves out the CMS, which has no backend to save to', () => {
    expect(existsSync(join(SUBPATH_SITE_DIR, 'admin'))).toBe(false);
  });
});

describe('a publishing build that is not configured', () => {
  const root = resolve(import.meta.dirname, '../..');
  const outDir = mkdtempSync(join(tmpdir(), 'rehab-publish-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  // Only the variables of this test: none of the runner's own publishing configuration.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(SITE_|NETLIFY$|URL$|CF_PAGES$|CMS_)/.test(name),
    ),
  );
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, SITE_PUBLISH: '1', ASTRO_OUT_DIR: outDir },
  });
  const output = `${result.stdout}${result.stderr}`;

  it('stops, naming in Danish each variable it lacks', () => {
    expect(result.status).not.toBe(0);
    expect(output).toContain('Bygget er til udgivelse');
    for (const variable of ['SITE_URL', 'SITE_PUBLISHER', 'SITE_CONTACT_EMAIL']) {
      expect(output).toMatch(new RegExp(`^  ${variable}: `, 'm'));
    }
  });

  it('says so without a stack trace and writes no pages', () => {
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
