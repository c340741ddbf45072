import type { z } from 'astro/zod';
import { caseSectionsSchema } from '../schemas/case';
import {
  cmsCollectionLabels,
  cmsFieldLabels,
  cmsKeyedMapHint,
  cmsKeyedMapListHint,
  cmsOptionLabels,
} from '../i18n/cms';
import type { CmsBackend } from './backend';
import { CMS_FORMATS, KEYED_MAP_WIDGET } from './names';
import { describeFields, type FieldNode, type SchemaNode } from './schema-walk';

/** One content collection as the CMS sees it: its schema and where its files live. */
export interface CmsCollectionSource {
  name: string;
  schema: z.ZodType;
  /** Folder under `content/`, one file per entry. */
  folder: string;
  /** `mdx`: YAML front matter and a Markdown body; `yaml`: data only. */
  format: 'mdx' | 'yaml';
}

/** A Decap CMS field (https://decapcms.org/docs/widgets/). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  field?: CmsField;
  fields?: CmsField[];
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  modes?: string[];
  summary?: string;
}

/** Free-text fields that get a multi-line box instead of a one-line input. */
const LONG_TEXT = new Set([
  'summary',
  'description',
  'rationale',
  'catalogueSummary',
  'caption',
  'note',
  'condition',
  'outcome',
  // Every section of a case is long text.
  ...Object.keys(caseSectionsSchema.shape),
]);

function labelFor(name: string): string {
  const label = cmsFieldLabels[name];
  if (label === undefined) throw new Error(`feltet «${name}» har ingen dansk etiket i i18n/cms.ts`);
  return label;
}

/** Select options with the Danish labels of the vocabulary whose values match. */
export function selectOptions(values: string[]): { label: string; value: string }[] {
  const labels = cmsOptionLabels.find((record) => {
    const keys = Object.keys(record);
    return keys.length === values.length && values.every((value) => value in record);
  });
  if (!labels) throw new Error(`ingen danske etiketter for værdierne ${values.join(', ')}`);
  return values.map((value) => ({ label: labels[value] ?? value, value }));
}

/** The field a referenced collection is shown and searched by. */
type DisplayFields = Record<string, string>;

/** The widget settings for one schema node (without name, label and presence). */
function widgetFor(
  name: string,
  node: SchemaNode,
  display: DisplayFields,
): Omit<CmsField, 'name' | 'label'> {
  switch (node.kind) {
    case 'string':
      return {
        widget: LONG_TEXT.has(name) ? 'text' : 'string',
        ...(node.pattern && { pattern: [node.pattern.regex.source, node.pattern.message] }),
      };
    case 'number':
      return {
        widget: 'number',
        value_type: node.integer ? 'int' : 'float',
        ...(node.min !== undefined && { min: node.min }),
        ...(node.max !== undefined && { max: node.max }),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      // Stored as the string 'YYYY-MM-DD'; the custom formats write it in quotes.
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        picker_utc: true,
      };
    case 'enum':
      return { widget: 'select', options: selectOptions(node.values) };
    case 'reference': {
      const shown = display[node.collection] ?? 'title';
      return {
        widget: 'relation',
        collection: node.collection,
        value_field: '{{slug}}',
        search_fields: [shown],
        display_fields: [shown],
      };
    }
    case 'array': {
      const min = node.min !== undefined ? { min: node.min } : {};
      if (node.item.kind === 'enum' || node.item.kind === 'reference') {
        return { ...widgetFor(name, node.item, display), multiple: true, ...min };
      }
      if (node.item.kind === 'object') {
        const fields = cmsFields(node.item.fields, display);
        // A collapsed item shows its title (a step's), else its first text field.
        const texts = fields.filter((f) => ['string', 'text', 'relation'].includes(f.widget));
        const first = texts.find((f) => f.name === 'title') ?? texts[0];
        const summary = first ? { summary: `{{fields.${first.name}}}` } : {};
        return { widget: 'list', fields, ...summary, ...min };
      }
      // A list of keyed maps (a table's rows) is edited whole, as YAML: Decap's list shows a
      // custom widget's map-valued items empty, so each row would open blank.
      if (node.item.kind === 'record') {
        return { widget: KEYED_MAP_WIDGET, multiple: true, hint: cmsKeyedMapListHint };
      }
      const item = { name, label: labelFor(name), ...widgetFor(name, node.item, display) };
      return { widget: 'list', field: item, ...min };
    }
    case 'object':
      return { widget: 'object', fields: cmsFields(node.fields, display) };
    case 'record':
    case 'scalar':
      return { widget: KEYED_MAP_WIDGET, hint: cmsKeyedMapHint };
  }
}

/** Decap fields for the fields of an object schema, in schema order. */
function cmsFields(fields: FieldNode[], display: DisplayFields): CmsField[] {
  return fields.map((field) => ({
    name: field.name,
    label: labelFor(field.name),
    ...widgetFor(field.name, field.node, display),
    ...(!field.required && { required: false }),
    ...(field.defaultValue !== undefined && { default: field.defaultValue }),
  }));
}

/**
 * The field that names an entry: `title`, or `name`; for collections without either (the
 * rubric, synonym groups), the first required text field, else the first text field.
 */
function identifierField(fields: FieldNode[]): string {
  const names = fields.map((field) => field.name);
  const found =
    ['title', 'name'].find((candidate) => names.includes(candidate)) ??
    fields.find((field) => field.required && field.node.kind === 'string')?.name ??
    fields.find((field) => field.node.kind === 'string')?.name;
  if (!found) throw new Error('samlingen har intet tekstfelt, der kan navngive en post');
  return found;
}

/** The complete Decap configuration, generated from the collections' schemas. */
export function buildCmsConfig(sources: CmsCollectionSource[], backend: CmsBackend) {
  const described = sources.map((source) => ({ source, fields: describeFields(source.schema) }));
  const display: DisplayFields = Object.fromEntries(
    described.map(({ source, fields }) => [source.name, identifierField(fields)]),
  );
  return {
    backend: backend.config,
    ...(backend.editorialWorkflow && { publish_mode: 'editorial_workflow' }),
    ...(backend.localBackend && { local_backend: true }),
    locale: 'da',
    // An optional field left empty is left out of the file, as the schemas expect.
    omit_empty_optional_fields: true,
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: described.map(({ source, fields }) => {
      const labels: Partial<Record<string, [string, string]>> = cmsCollectionLabels;
      const [plural, singular] = labels[source.name] ?? [source.name, source.name];
      const body: CmsField[] =
        source.format === 'mdx'
          ? [{ name: 'body', label: labelFor('body'), widget: 'markdown', modes: ['raw'] }]
          : [];
      return {
        name: source.name,
        label: plural,
        label_singular: singular,
        folder: `content/${source.folder}`,
        extension: source.format,
        format: CMS_FORMATS[source.format],
        create: true,
        identifier_field: display[source.name],
        slug: `{{${display[source.name]}}}`,
        fields: [...cmsFields(fields, display), ...body],
      };
    }),
  };
}
