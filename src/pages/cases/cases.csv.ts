import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/site-data';
import { caseRecords } from '../../lib/case-catalogue';
import { casesToCsv } from '../../lib/case-export';

/** /cases/cases.csv: every case and its scores for Danish Excel (BOM, «;», CRLF). */
export const GET: APIRoute = async () => {
  const { cases } = await loadSiteData();
  return new Response(casesToCsv(caseRecords(cases)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
