import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Real builds of the project as a host would run them (README, «Publishing builds»).
const root = resolve(import.meta.dirname, '../..');
const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds the project into a folder of its own with only `env` as the build's configuration. */
function build(env: Record<string, string>) {
  const outDir = mkdtempSync(join(tmpdir(), 'rehab-publish-'));
  // Beside the output, never inside it: Astro empties the output folder as it starts.
  const cacheDir = mkdtempSync(join(tmpdir(), 'rehab-publish-cache-'));
  outDirs.push(outDir, cacheDir);
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(SITE_|NETLIFY$|URL$|CF_PAGES$|CMS_|PUBLIC_FEEDBACK)/.test(name),
    ),
  );
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...clean,
      ...env,
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      SEARCH_INDEX: 'off',
    },
  });
  return { outDir, status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

describe('a build on Netlify', () => {
  const site = 'https://rehab-eksempel.netlify.app';
  const netlify = build({
    NETLIFY: 'true',
    URL: site,
    SITE_PUBLISHER: 'Region Eksempel',
    SITE_CONTACT_EMAIL: 'redaktion@rehab.example.org',
  });

  it('succeeds with the host’s URL variable in place of SITE_URL', () => {
    expect(netlify.output).not.toMatch(/miljøvariabler mangler/);
    expect(netlify.status).toBe(0);
  });

  it('has no local address in any file it writes', () => {
    const local = filesUnder(netlify.outDir).filter((file) =>
      readFileSync(join(netlify.outDir, file), 'utf8').includes('localhost'),
    );
    expect(local).toEqual([]);
  });

  it('lists the pages in the sitemap at the host’s address', () => {
    const sitemap = readFileSync(join(netlify.outDir, 'sitemap-0.xml'), 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations.length).toBeGreaterThan(0);
    expect(locations.filter((loc) => !loc?.startsWith(`${site}/`))).toEqual([]);
  });

  it('leaves out the CMS, which has no backend to save to', () => {
    expect(existsSync(join(netlify.outDir, 'admin'))).toBe(false);
  });
});

describe('a publishing build that is not configured', () => {
  const bare = build({ SITE_PUBLISH: '1' });

  it('stops, naming in Danish each variable it lacks', () => {
    expect(bare.status).not.toBe(0);
    expect(bare.output).toContain('Bygget er til udgivelse');
    for (const variable of ['SITE_URL', 'SITE_PUBLISHER', 'SITE_CONTACT_EMAIL']) {
      expect(bare.output).toMatch(new RegExp(`^  ${variable}: `, 'm'));
    }
  });

  it('says so without a stack trace and writes no pages', () => {
    expect(bare.output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(bare.outDir, 'index.html'))).toBe(false);
  });
});
