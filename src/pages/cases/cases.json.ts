import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/site-data';
import { caseRecords } from '../../lib/case-catalogue';
import { casesToJson } from '../../lib/case-export';
import { buildDate, formatSourceDate, isoDay } from '../../lib/dates';
import { href, paths } from '../../lib/urls';

/** /cases/cases.json: every case with its scores, total and the scores' provenance. */
export const GET: APIRoute = async () => {
  const { cases, sources } = await loadSiteData();
  const catalogue = sources.find((source) => source.data.kind === 'casekatalog');
  const body = casesToJson(caseRecords(cases), {
    source: catalogue
      ? `${catalogue.data.title} (${catalogue.data.publisher}, ${formatSourceDate(catalogue.data.date, catalogue.data.datePrecision)})`
      : '',
    rubricUrl: href(paths.rubric()),
    generated: isoDay(buildDate()),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
