import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { planDefinitions } from '../../../open-data/fhir-view';
import { jsonResponse } from '../../../open-data/json-response';

/** /fhir/PlanDefinition/<id>.json: one pathway as a FHIR R4 PlanDefinition. */
export const getStaticPaths = (async () =>
  (await planDefinitions()).map((plan) => ({
    params: { id: String(plan['id']) },
    props: { plan },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  jsonResponse(props.plan, 'application/fhir+json');
