import type { APIRoute } from 'astro';
import { loadSiteData } from '../../content/site-data';
import { caseRecords, loadRubric } from '../../catalogue/case-catalogue';
import { catalogueCsv } from '../../catalogue/views/downloads';

/** /cases/cases.csv: every case and its scores for Danish Excel (BOM, «;», CRLF). */
export const GET: APIRoute = async () => {
  const { cases } = await loadSiteData();
  return new Response(catalogueCsv(caseRecords(cases, await loadRubric())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
