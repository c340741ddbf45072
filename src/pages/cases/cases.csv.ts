import type { APIRoute } from 'astro';
import { loadSiteData } from '../../content/site-data';
import { caseRecords } from '../../catalogue/case-catalogue';
import { casesToCsv } from '../../catalogue/case-export';

/** /cases/cases.csv: every case and its scores for Danish Excel (BOM, «;», CRLF). */
export const GET: APIRoute = async () => {
  const { cases } = await loadSiteData();
  return new Response(casesToCsv(caseRecords(cases)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
