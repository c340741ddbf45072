import type { APIRoute } from 'astro';
import { loadSiteData } from '../../content/site-data';
import { caseRecords, loadRubric } from '../../catalogue/case-catalogue';
import { catalogueJson, sourceLabel } from '../../catalogue/views/downloads';
import { buildDate, formatSourceDate, isoDay } from '../../text/dates';
import { href, paths } from '../../site/urls';

/** /cases/cases.json: every case with its scores, the deciding words and the notice on derivation. */
export const GET: APIRoute = async () => {
  const { cases, sources } = await loadSiteData();
  const catalogue = sources.find((source) => source.data.kind === 'casekatalog');
  const body = catalogueJson(caseRecords(cases, await loadRubric()), {
    source: sourceLabel(
      catalogue?.data,
      catalogue ? formatSourceDate(catalogue.data.date, catalogue.data.datePrecision) : '',
    ),
    rubricUrl: href(paths.rubric()),
    generated: isoDay(buildDate()),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
