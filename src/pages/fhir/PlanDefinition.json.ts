import type { APIRoute } from 'astro';
import { planDefinitionsBundle } from '../../open-data/fhir-view';
import { jsonResponse } from '../../open-data/json-response';

/** /fhir/PlanDefinition.json: every pathway's PlanDefinition in one FHIR R4 Bundle. */
export const GET: APIRoute = async () =>
  jsonResponse(await planDefinitionsBundle(), 'application/fhir+json');
