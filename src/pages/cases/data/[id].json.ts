import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSiteData } from '../../../content/site-data';
import { caseRecords, loadRubric } from '../../../catalogue/case-catalogue';
import { caseDataJson } from '../../../catalogue/views/downloads';

/** /cases/data/<id>.json: one case's record, fetched by the comparison for the cases chosen. */
export const getStaticPaths = (async () => {
  const { cases } = await loadSiteData();
  const records = caseRecords(cases, await loadRubric());
  return records.map((record) => ({ params: { id: record.id }, props: { record } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(caseDataJson(props.record), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
