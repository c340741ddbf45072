import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/content/collections';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';

const read = (dir: string, path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>;

interface Distribution {
  downloadURL: string;
  conformsTo: string;
  mediaType: string;
}
interface Dataset {
  identifier: string;
  resources?: { id: string; url: string }[];
  title: string;
  entries: number;
  distribution: Distribution[];
}

/** The file in `dir` that an address of the catalogue names (absolute or under `base`). */
const fileOf = (dir: string, base: string, address: string): string =>
  join(dir, new URL(address, 'https://local.invalid').pathname.slice(base.length - 1));

describe.each([
  { name: 'dist/', dir: SITE_DIR, base: '/', origin: undefined },
  {
    name: 'dist-rehab/',
    dir: SUBPATH_SITE_DIR,
    base: SUBPATH_BASE,
    origin: 'https://rehab.example.org',
  },
])('the open data of $name', ({ dir, base, origin }) => {
  const catalogue = read(dir, 'data/index.json');
  const datasets = catalogue['dataset'] as Dataset[];

  it('lists every collection of the registry with its Danish title, data file and schema, and every PlanDefinition', () => {
    expect(datasets.map((dataset) => dataset.identifier)).toEqual([
      ...Object.keys(COLLECTIONS),
      'fhir',
    ]);
    for (const dataset of datasets) {
      expect(dataset.title).toMatch(/\p{L}/u);
      for (const url of [
        ...dataset.distribution.map((file) => file.downloadURL),
        ...(dataset.resources ?? []).map((resource) => resource.url),
      ]) {
        expect(existsSync(fileOf(dir, base, url)), url).toBe(true);
      }
    }
  });

  it('gives absolute addresses only on a configured public address, never a local one', () => {
    const text = readFileSync(join(dir, 'data/index.json'), 'utf8');
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    const address = datasets[0]?.distribution[0]?.downloadURL ?? '';
    if (origin) expect(address.startsWith(`${origin}${base}data/`)).toBe(true);
    else expect(address).toBe(`${base}data/${datasets[0]?.identifier}.json`);
  });

  it('names the licence, the build day and, on a publishing build, the publisher', () => {
    expect(catalogue['license']).toMatch(/^https:\/\//);
    expect(catalogue['modified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (origin)
      expect(catalogue['publisher']).toEqual({ '@type': 'foaf:Agent', name: 'Region Eksempel' });
  });

  it('publishes entries that each pass their collection’s published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    let checked = 0;
    for (const dataset of datasets.filter((d) => d.identifier !== 'fhir')) {
      const file = dataset.distribution[0] as Distribution;
      const schema = JSON.parse(readFileSync(fileOf(dir, base, file.conformsTo), 'utf8')) as object;
      const validate = ajv.compile(schema);
      const document = JSON.parse(readFileSync(fileOf(dir, base, file.downloadURL), 'utf8')) as {
        entries: unknown[];
      };
      expect(document.entries.length).toBe(dataset.entries);
      expect(document.entries.length).toBeGreaterThan(0);
      for (const entry of document.entries) {
        const valid = validate(entry);
        expect(
          valid ? [] : validate.errors,
          `${dataset.identifier}: ${JSON.stringify(entry).slice(0, 80)}`,
        ).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('«Åbne data»', () => {
  const page = parse(readFileSync(join(SUBPATH_SITE_DIR, 'aabne-data/index.html'), 'utf8'));
  const catalogue = read(SUBPATH_SITE_DIR, 'data/index.json');

  it('links every file of the catalogue and one PlanDefinition, and shows their addresses', () => {
    const links = new Set(page.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    const text = page.querySelector('main')?.text ?? '';
    const datasets = catalogue['dataset'] as Dataset[];
    const example = datasets.flatMap((dataset) => dataset.resources ?? [])[0]?.url ?? '';
    for (const url of [
      ...datasets.flatMap((dataset) => dataset.distribution.map((file) => file.downloadURL)),
      example,
    ]) {
      expect(links.has(new URL(url).pathname), url).toBe(true);
      expect(text).toContain(url);
    }
  });

  it('names the licence with its address and says how to credit', () => {
    expect(page.querySelector(`main a[href="${String(catalogue['license'])}"]`)?.text).toBe(
      String(catalogue['licenceName']),
    );
    expect(page.querySelector('main blockquote')?.text).toMatch(
      /^Kilde: Rehabiliteringsforløb, Region Eksempel, https:\/\//,
    );
  });

  it('is linked from the footer of every page and from «Om sitet»', () => {
    for (const path of ['index.html', 'om/index.html', 'forloeb/index.html']) {
      const html = parse(readFileSync(join(SUBPATH_SITE_DIR, path), 'utf8'));
      expect(
        html.querySelector(`footer a[href="${SUBPATH_BASE}aabne-data/"]`),
        path,
      ).not.toBeNull();
    }
    const about = parse(readFileSync(join(SUBPATH_SITE_DIR, 'om/index.html'), 'utf8'));
    expect(about.querySelector(`main a[href="${SUBPATH_BASE}aabne-data/"]`)).not.toBeNull();
  });
});

describe('«Åbne data» of a build that does not know its address (dist/)', () => {
  const page = parse(readFileSync(join(SITE_DIR, 'aabne-data/index.html'), 'utf8'));

  it('credits the site without an address', () => {
    expect(page.querySelector('main blockquote')?.text).toBe(
      'Kilde: Rehabiliteringsforløb, CC BY 4.0.',
    );
  });

  it('shows only examples that work with a path: fetch() from a page of the site', () => {
    const examples = page.querySelectorAll('main pre.example-code').map((pre) => pre.text);
    expect(examples.length).toBeGreaterThan(0);
    for (const code of examples) {
      expect(code).not.toMatch(/curl|urlopen/);
      expect(code).toContain('fetch(');
    }
  });
});
