import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collections } from '../../../src/content.config';
import { cmsBackendFromEnv } from '../../../src/cms/backend';
import { EDITOR_ORDER, cmsSources } from '../../../src/cms/collections';
import { buildCmsConfig, selectOptions, type CmsField } from '../../../src/cms/config';
import { mdxFormat, yamlFormat } from '../../../src/cms/formats';
import { phaseLabels, regionLabels } from '../../../src/i18n/da';
import { PHASES, REGIONS } from '../../../src/schemas/vocabulary';

const config = buildCmsConfig(cmsSources(), cmsBackendFromEnv({}));
const collection = (name: string) => {
  const found = config.collections.find((c) => c.name === name);
  if (!found) throw new Error(`no CMS collection ${name}`);
  return found;
};
const field = (fields: CmsField[] | undefined, ...path: string[]): CmsField => {
  const [head, ...rest] = path;
  const found = fields?.find((f) => f.name === head);
  if (!found) throw new Error(`no CMS field ${path.join('.')}`);
  return rest.length === 0 ? found : field(found.fields, ...rest);
};

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType };
/** The object shape under optional/default/pipe/array wrappers, read straight from zod. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  const def = schema._zod.def as unknown as Def & { shape?: Record<string, z.ZodType> };
  if (def.type === 'object') return def.shape ?? null;
  const inner = def.innerType ?? def.in ?? def.element;
  return inner ? shapeOf(inner) : null;
}

/** Schema fields (dotted paths) that have no CMS field at the same place. */
function missingFields(schema: z.ZodType, fields: CmsField[], prefix = ''): string[] {
  return Object.entries(shapeOf(schema) ?? {}).flatMap(([name, child]) => {
    const cms = fields.find((f) => f.name === name);
    if (!cms) return [`${prefix}${name}`];
    return shapeOf(child) ? missingFields(child, cms.fields ?? [], `${prefix}${name}.`) : [];
  });
}

/** Widgets that can hold a value of this JavaScript type as the content files have it. */
function widgetAccepts(cms: CmsField, value: unknown): boolean {
  if (Array.isArray(value)) return cms.widget === 'list' || cms.multiple === true;
  // A keyed map holds one map; with `multiple`, a list of them (edited as one YAML text).
  if (typeof value === 'number') return cms.widget === 'number';
  if (typeof value === 'boolean') return cms.widget === 'boolean';
  if (typeof value === 'string') {
    if (cms.widget === 'select') return cms.options?.some((o) => o.value === value) ?? false;
    return ['string', 'text', 'markdown', 'datetime', 'relation'].includes(cms.widget);
  }
  return cms.widget === 'object' || cms.widget === 'keyed-map';
}

/** Every value in a real content file whose CMS field is missing or of another type. */
function typeMismatches(data: Record<string, unknown>, fields: CmsField[], at = ''): string[] {
  return Object.entries(data).flatMap(([name, value]) => {
    const cms = fields.find((f) => f.name === name);
    if (!cms) return [`${at}${name}: no CMS field`];
    if (!widgetAccepts(cms, value)) return [`${at}${name}: ${cms.widget} cannot hold it`];
    const items = Array.isArray(value) ? value : [value];
    const sub = cms.fields;
    if (!sub) return [];
    return items.flatMap((item) =>
      typeof item === 'object' && item !== null
        ? typeMismatches(item as Record<string, unknown>, sub, `${at}${name}.`)
        : [],
    );
  });
}

const contentRoot = join(import.meta.dirname, '../../../content');
const readEntries = (name: string) =>
  readdirSync(join(contentRoot, name)).map((file) => {
    const text = readFileSync(join(contentRoot, name, file), 'utf8');
    return { file, data: (file.endsWith('.mdx') ? mdxFormat : yamlFormat).fromFile(text) };
  });

describe('the generated CMS configuration', () => {
  it('has one CMS collection for every content collection', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual(Object.keys(collections).sort());
  });

  it.each([...EDITOR_ORDER])('gives every schema field of %s a CMS field', (name) => {
    const schema = cmsSources().find((s) => s.name === name)?.schema;
    expect(schema && missingFields(schema, collection(name).fields)).toEqual([]);
  });

  it.each([...EDITOR_ORDER])(
    'has a CMS field of a fitting type for every value in the %s files',
    (name) => {
      const mismatches = readEntries(name).flatMap(({ file, data }) =>
        typeMismatches(data, collection(name).fields).map((problem) => `${file} ${problem}`),
      );
      expect(mismatches).toEqual([]);
    },
  );

  it('stores each collection in its content folder with the extension its files have', () => {
    for (const c of config.collections) {
      const extensions = new Set(
        readdirSync(join(contentRoot, c.name)).map((f) => f.split('.').pop()),
      );
      expect([c.folder, [...extensions]]).toEqual([`content/${c.name}`, [c.extension]]);
    }
  });

  it('offers a vocabulary as a select list with the Danish labels', () => {
    expect(field(collection('pathways').fields, 'region').options).toEqual(
      REGIONS.map((value) => ({ value, label: regionLabels[value] })),
    );
    expect(field(collection('pathways').fields, 'steps', 'phase').options).toEqual(
      PHASES.map((value) => ({ value, label: phaseLabels[value] })),
    );
  });

  it('makes a list of vocabulary values a multiple select with the schema minimum', () => {
    expect(field(collection('cases').fields, 'diseaseAreas')).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
    });
  });

  it('refuses a list of values that no vocabulary labels', () => {
    expect(() => selectOptions(['a', 'b'])).toThrow('ingen danske etiketter');
  });

  it('turns references into relation fields on the target collection', () => {
    expect(field(collection('pathways').fields, 'steps', 'actors')).toMatchObject({
      widget: 'relation',
      collection: 'actors',
      multiple: true,
      value_field: '{{slug}}',
      display_fields: ['name'],
      min: 1,
    });
    expect(field(collection('cases').fields, 'sources', 'source')).toMatchObject({
      widget: 'relation',
      collection: 'sources',
    });
  });

  it('nests steps and their branches as lists of objects', () => {
    const branches = field(collection('pathways').fields, 'steps', 'branches');
    expect(branches.widget).toBe('list');
    expect(branches.fields?.map((f) => f.name)).toEqual(['condition', 'next', 'outcome']);
    expect(branches).toMatchObject({ required: false, default: [] });
  });

  it('edits dates as YYYY-MM-DD strings', () => {
    expect(field(collection('pathways').fields, 'nextReview')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
  });

  it('checks an id pattern in the CMS with the schema’s own message', () => {
    expect(field(collection('pathways').fields, 'steps', 'id').pattern).toEqual([
      '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      'skal være små bogstaver, tal og bindestreger, fx «under-behandling»',
    ]);
  });

  it('gives integer scores their bounds from the schema', () => {
    expect(field(collection('cases').fields, 'assessment', 'theory', 'score')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1,
    });
  });

  it('adds the MDX body as Markdown only to pathways and cases', () => {
    const withBody = config.collections.filter((c) => c.fields.some((f) => f.name === 'body'));
    expect(withBody.map((c) => c.name)).toEqual(['pathways', 'cases']);
  });

  it('leaves empty optional fields out of saved files', () => {
    expect(config.omit_empty_optional_fields).toBe(true);
  });
});
