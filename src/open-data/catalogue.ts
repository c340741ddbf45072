import type { JsonSchema } from './json-schema';

/**
 * The data catalogue (/data/index.json) and the documents it lists, as plain data. The catalogue
 * is plain JSON for anyone and, through its `@context`, DCAT-AP JSON-LD for open-data portals:
 * the same keys are read both ways, so there is no second catalogue to keep in step.
 */

/** Who publishes the data and under which licence; the publisher only when configured. */
export interface Publication {
  publisher?: string | undefined;
  licence: { name: string; url: string };
  /** Build day, `YYYY-MM-DD`. */
  modified: string;
}

/** One dataset of the catalogue: a collection's data file and schema, or the FHIR files. */
export interface CatalogueDataset {
  /** Stable identifier: the collection name (`pathways`) or `fhir`. */
  identifier: string;
  /** Danish title, e.g. «Forløb». */
  title: string;
  /** Danish sentence on what the dataset holds. */
  description: string;
  /** How many entries it has. */
  entries: number;
  /**
   * Each entry's own file, when it has one (a pathway's PlanDefinition): plain JSON, not DCAT,
   * so the catalogue stays small with thousands of entries.
   */
  resources?: { id: string; title: string; url: string }[];
  /** Its files: the first is the one file with everything. */
  distribution: {
    title: string;
    downloadURL: string;
    mediaType: string;
    /** The JSON Schema or the FHIR specification the file conforms to. */
    conformsTo: string;
  }[];
}

/** What the catalogue says about itself. */
export interface CatalogueText {
  title: string;
  description: string;
  /** The addresses of the catalogue, the site, the reader page and the feed. */
  address: string;
  homepage: string;
  documentation: string;
  feed: string;
}

/** DCAT-AP terms for the catalogue's keys; keys not named here are plain JSON only. */
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  title: { '@id': 'dct:title', '@language': 'da' },
  description: { '@id': 'dct:description', '@language': 'da' },
  identifier: 'dct:identifier',
  publisher: { '@id': 'dct:publisher' },
  name: 'foaf:name',
  license: { '@id': 'dct:license', '@type': '@id' },
  modified: { '@id': 'dct:modified', '@type': 'xsd:date' },
  homepage: { '@id': 'foaf:homepage', '@type': '@id' },
  documentation: { '@id': 'foaf:page', '@type': '@id' },
  language: { '@id': 'dct:language', '@type': '@id' },
  dataset: { '@id': 'dcat:dataset', '@container': '@set' },
  distribution: { '@id': 'dcat:distribution', '@container': '@set' },
  downloadURL: { '@id': 'dcat:downloadURL', '@type': '@id' },
  accessURL: { '@id': 'dcat:accessURL', '@type': '@id' },
  mediaType: { '@id': 'dcat:mediaType', '@type': '@id' },
  conformsTo: { '@id': 'dct:conformsTo', '@type': '@id' },
} as const;

const DANISH = 'http://publications.europa.eu/resource/authority/language/DAN';
const IANA_MEDIA_TYPES = 'https://www.iana.org/assignments/media-types/';

/** The catalogue document: plain JSON and DCAT-AP JSON-LD at once. */
export function dataCatalogue(
  text: CatalogueText,
  publication: Publication,
  datasets: readonly CatalogueDataset[],
): Record<string, unknown> {
  const shared = {
    ...(publication.publisher
      ? { publisher: { '@type': 'foaf:Agent', name: publication.publisher } }
      : {}),
    license: publication.licence.url,
    licenceName: publication.licence.name,
    modified: publication.modified,
  };
  return {
    '@context': DCAT_CONTEXT,
    '@id': text.address,
    '@type': 'dcat:Catalog',
    title: text.title,
    description: text.description,
    homepage: text.homepage,
    documentation: text.documentation,
    feed: text.feed,
    language: DANISH,
    ...shared,
    dataset: datasets.map((dataset) => ({
      '@type': 'dcat:Dataset',
      identifier: dataset.identifier,
      title: dataset.title,
      description: dataset.description,
      entries: dataset.entries,
      ...shared,
      ...(dataset.resources ? { resources: dataset.resources } : {}),
      distribution: dataset.distribution.map((file) => ({
        '@type': 'dcat:Distribution',
        title: file.title,
        accessURL: file.downloadURL,
        downloadURL: file.downloadURL,
        mediaType: `${IANA_MEDIA_TYPES}${file.mediaType}`,
        conformsTo: file.conformsTo,
        license: publication.licence.url,
      })),
    })),
  };
}

/** A collection's data file: what it is, under which licence, and every entry. */
export function collectionDocument(
  collection: { name: string; title: string; schema: string },
  publication: Publication,
  entries: readonly unknown[],
): Record<string, unknown> {
  return {
    collection: collection.name,
    title: collection.title,
    schema: collection.schema,
    ...(publication.publisher ? { publisher: publication.publisher } : {}),
    licence: publication.licence,
    modified: publication.modified,
    entries,
  };
}

/**
 * The published JSON Schema of one entry of a collection: its id, page address and Markdown
 * body around the data, whose schema zod generates (src/open-data/json-schema.ts).
 */
export function entryJsonSchema(
  collection: { name: string; title: string; address: string; mdx: boolean },
  data: JsonSchema,
): JsonSchema {
  const { $schema, ...dataSchema } = data;
  return {
    $schema,
    $id: collection.address,
    title: collection.title,
    description: `One entry of the collection «${collection.name}» as /data/${collection.name}.json publishes it.`,
    type: 'object',
    properties: {
      id: {
        type: 'string',
        pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
        description: 'The id of the entry: its file name, kept when the entry is edited.',
      },
      url: { type: 'string', description: 'The address of the page that shows the entry.' },
      data: dataSchema,
      ...(collection.mdx
        ? { body: { type: 'string', description: 'The body of the entry, in Markdown.' } }
        : {}),
    },
    required: ['id', 'data'],
    additionalProperties: false,
  };
}
