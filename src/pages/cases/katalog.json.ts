import type { APIRoute } from 'astro';
import { loadSiteData } from '../../content/site-data';
import { caseRecords, loadRubric } from '../../catalogue/case-catalogue';
import { CASE_ID_TOKEN } from '../../catalogue/compare-selection';
import { catalogueIndexJson } from '../../catalogue/views/catalogue-page';
import { href, paths } from '../../site/urls';

/**
 * /cases/katalog.json: the compact index of every case (src/catalogue/catalogue-index.ts),
 * fetched by a catalogue split over several pages and by the comparison's finder.
 */
export const GET: APIRoute = async () => {
  const { cases } = await loadSiteData();
  const records = caseRecords(cases, await loadRubric());
  return new Response(catalogueIndexJson(records, href(paths.case(CASE_ID_TOKEN))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
