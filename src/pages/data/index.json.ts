import type { APIRoute } from 'astro';
import { catalogueDocument } from '../../open-data/catalogue-view';
import { jsonResponse } from '../../open-data/json-response';

/** /data/index.json: the data catalogue, plain JSON and DCAT-AP JSON-LD. */
export const GET: APIRoute = async () => jsonResponse(await catalogueDocument());
