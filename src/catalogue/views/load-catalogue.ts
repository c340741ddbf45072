import { CASE_STATUSES } from '../../schemas/case';
import { DISEASE_AREAS, REGIONS, SECTORS } from '../../schemas/vocabulary';
import { loadSiteData } from '../../content/site-data';
import { href, paths } from '../../site/urls';
import {
  CASES_CSV_PATH,
  CASES_JSON_PATH,
  CATALOGUE_INDEX_PATH,
  caseRecords,
  loadRubric,
} from '../case-catalogue';
import { NATIONWIDE } from '../case-filters';
import { cataloguePageViews } from './catalogue-page';

/**
 * The catalogue's page views from the site's content, for the two routes that render them:
 * `/cases/` (page 1) and `/cases/side/<n>/` (the later pages of a long catalogue).
 */
export async function loadCataloguePages() {
  const { cases } = await loadSiteData();
  return cataloguePageViews(
    caseRecords(cases, await loadRubric()),
    {
      diseaseAreas: DISEASE_AREAS,
      sectors: SECTORS,
      regions: [...REGIONS, NATIONWIDE],
      statuses: CASE_STATUSES,
    },
    {
      self: href(paths.cases()),
      rubric: href(paths.rubric()),
      compare: href(paths.compare()),
      csv: href(CASES_CSV_PATH),
      json: href(CASES_JSON_PATH),
      index: href(CATALOGUE_INDEX_PATH),
    },
  );
}
