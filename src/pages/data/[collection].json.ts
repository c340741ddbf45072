import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionName } from '../../content/collections';
import { collectionTitle } from '../../i18n/open-data';
import { collectionDocument } from '../../open-data/catalogue';
import { collectionNames, publication, publishedEntries } from '../../open-data/load';
import { jsonResponse } from '../../open-data/json-response';
import { dataAddress, paths } from '../../site/urls';

/** /data/<collection>.json: every entry of one collection, as the site uses it. */
export const getStaticPaths = (() =>
  collectionNames.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params['collection'] as CollectionName;
  const document = collectionDocument(
    {
      name: collection,
      title: collectionTitle(collection),
      schema: dataAddress(paths.collectionSchema(collection)),
    },
    publication(),
    await publishedEntries(collection),
  );
  return jsonResponse(document);
};
