import type { APIRoute } from 'astro';
import { loadSiteData } from '../../content/site-data';
import { caseRecords } from '../../catalogue/case-catalogue';
import { casesToJson } from '../../catalogue/case-export';
import { buildDate, formatSourceDate, isoDay } from '../../text/dates';
import { href, paths } from '../../site/urls';

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
