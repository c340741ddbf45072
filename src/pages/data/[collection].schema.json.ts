import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../content/collections';
import { collectionTitle } from '../../i18n/open-data';
import { entryJsonSchema } from '../../open-data/catalogue';
import { entryDataJsonSchema } from '../../open-data/json-schema';
import { jsonResponse } from '../../open-data/json-response';
import { collectionNames } from '../../open-data/load';
import { schemaDocs } from '../../open-data/schema-docs';
import { dataAddress, paths } from '../../site/urls';

/** /data/<collection>.schema.json: the JSON Schema of one entry, generated from the zod schema. */
export const getStaticPaths = (() =>
  collectionNames.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const collection = params['collection'] as CollectionName;
  const schema = entryJsonSchema(
    {
      name: collection,
      title: collectionTitle(collection),
      address: dataAddress(paths.collectionSchema(collection)),
      mdx: COLLECTIONS[collection].extension === '.mdx',
    },
    entryDataJsonSchema(collection, schemaDocs()),
  );
  return jsonResponse(schema);
};
