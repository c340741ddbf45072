import { PARAMETERS, type Parameter } from '../assessment-model';
import { columnIsDerived, type CaseRecord } from '../case-record';
import {
  NATIONWIDE,
  QUERY_KEYS,
  availableValues,
  type FilterVocabulary,
  type RegionFilter,
} from '../case-filters';
import { places, sortCases } from '../ranking';
import { DEFAULT_WEIGHT, EQUAL_WEIGHTS, WEIGHT_OPTIONS, weightKey } from '../weights';
import { catalogueStatus } from '../catalogue-status';
import { encodeCatalogueIndex } from '../catalogue-index';
import { caseStatusLabels, overviewTexts } from '../../i18n/cases';
import { cataloguePageTexts } from '../../i18n/case-lists';
import { diseaseAreaLabels, parameterLabels, regionLabels, sectorLabels, ui } from '../../i18n/da';
import { LIST_PAGE_SIZE, pageSlice } from '../../site/pagination';

/**
 * Everything the catalogue overview shows, ready-made: the notice, the filter and weight
 * controls, the columns with their derivation marks, and the rows ranked by the plain sum
 * (shared places for ties, names A-Å within a tie). Pure.
 *
 * A catalogue longer than LIST_PAGE_SIZE is split into static pages of that many rows in rank
 * order (page 1 at /cases/, page n at /cases/side/<n>/); a row keeps its place in the whole
 * ranking. Each page then names the compact index (/cases/katalog.json), which the browser
 * fetches on the first use of a control, so filters, sorting and weights reach every case.
 * A catalogue that fits on one page names no index and behaves as it always did.
 */

interface CatalogueLinks {
  self: string;
  rubric: string;
  compare: string;
  csv: string;
  json: string;
  /** The compact index of every case (fetched by the browser only when the list is split). */
  index: string;
}

interface ScoreColumn {
  parameter: Parameter;
  label: string;
  /** «afledt» when any score in the column is derived, said once in the heading. */
  mark: string | null;
}

interface CatalogueRow {
  id: string;
  title: string;
  url: string;
  placeLabel: string;
  scores: { parameter: Parameter; label: string; score: number; mark: string | null }[];
  total: number;
  statusLabel: string;
  diseaseAreas: string;
  regions: string;
  sectors: string;
  /** Data attributes the browser script sorts, filters and re-ranks by. */
  attrs: Record<string, string>;
}

const f = overviewTexts.filters;

function selects(records: readonly CaseRecord[], vocabulary: FilterVocabulary) {
  const available = availableValues(records, vocabulary);
  const regionLabel = (region: RegionFilter) =>
    region === NATIONWIDE ? f.nationwide : regionLabels[region];
  return [
    {
      name: QUERY_KEYS.diseaseArea,
      label: f.diseaseArea,
      options: available.diseaseAreas.map((v) => ({ value: v, label: diseaseAreaLabels[v] })),
    },
    {
      name: QUERY_KEYS.sector,
      label: f.sector,
      options: available.sectors.map((v) => ({ value: v, label: sectorLabels[v] })),
    },
    {
      name: QUERY_KEYS.region,
      label: f.region,
      options: available.regions.map((v) => ({ value: v, label: regionLabel(v) })),
    },
    {
      name: QUERY_KEYS.status,
      label: f.status,
      options: available.statuses.map((v) => ({ value: v, label: caseStatusLabels[v] })),
    },
  ];
}

/** The data attributes of a row: what the browser needs, and no more. */
function rowAttributes(record: CaseRecord): Record<string, string> {
  return {
    'data-case-id': record.id,
    'data-title': record.title,
    'data-scores': PARAMETERS.map((p) => record.scores[p].score).join(' '),
    'data-disease-areas': record.diseaseAreas.join(' '),
    'data-sectors': record.sectors.join(' '),
    'data-regions': [...record.regions, ...(record.nationwide ? [NATIONWIDE] : [])].join(' '),
    'data-status': record.status,
  };
}

/**
 * Which cells carry the «katalogets» mark: a catalogue score in a column whose heading says
 * «afledt». The table and the compact index both ask this.
 */
function catalogueMarkRule(records: readonly CaseRecord[]) {
  const derivedColumns = new Set(PARAMETERS.filter((p) => columnIsDerived(records, p)));
  return (record: Pick<CaseRecord, 'scores'>, parameter: Parameter) =>
    derivedColumns.has(parameter) && record.scores[parameter].provenance === 'catalogue';
}

/**
 * The compact index of every case, in rank order, for the browser (src/catalogue/catalogue-index.ts).
 * `caseUrl` is the case page address with `{id}` for the id.
 */
export function catalogueIndexJson(records: readonly CaseRecord[], caseUrl: string): string {
  const marked = catalogueMarkRule(records);
  return encodeCatalogueIndex(sortCases(records, 'rank'), caseUrl, (record, parameter) =>
    marked(record as CaseRecord, parameter),
  );
}

/** The views of the catalogue's pages: one for a short catalogue, more for a long one. */
export function cataloguePageViews(
  records: readonly CaseRecord[],
  vocabulary: FilterVocabulary,
  links: CatalogueLinks,
  pageSize = LIST_PAGE_SIZE,
) {
  const ranked = sortCases(records, 'rank');
  const rankPlaces = places(ranked);
  const columns: ScoreColumn[] = PARAMETERS.map((parameter) => ({
    parameter,
    label: overviewTexts.columnLabels[parameter],
    mark: columnIsDerived(records, parameter) ? overviewTexts.derivedMark : null,
  }));
  const marked = catalogueMarkRule(records);
  const rows: CatalogueRow[] = ranked.map((record, index) => {
    const place = rankPlaces[index]!;
    return {
      id: record.id,
      title: record.title,
      url: record.url,
      placeLabel: overviewTexts.placeLabel(place.place, place.shared),
      scores: PARAMETERS.map((parameter) => ({
        parameter,
        label: parameterLabels[parameter],
        score: record.scores[parameter].score,
        // Said in the heading for a derived column; only an exception is marked in the cell.
        mark: marked(record, parameter) ? overviewTexts.catalogueMark : null,
      })),
      total: record.total,
      statusLabel: record.statusLabel,
      diseaseAreas: record.diseaseAreaLabels.join(', '),
      regions: record.regionLabels.join(', '),
      sectors: record.sectorLabels.join(', '),
      attrs: rowAttributes(record),
    };
  });
  const pages = pageSlice(rows, pageSize);
  const split = pages.length > 1;
  const shared = {
    title: overviewTexts.title,
    description: overviewTexts.description,
    lead: overviewTexts.lead(records.length),
    notice: { ...overviewTexts.notice, rubricHref: links.rubric },
    links,
    /** Where the browser fetches every case when the list is split; null when it is not. */
    index: split ? links.index : null,
    pageSize,
    noJs: split ? cataloguePageTexts.noJsSplit(pageSize) : overviewTexts.noJs,
    selects: selects(records, vocabulary),
    weights: PARAMETERS.map((parameter) => ({
      name: weightKey(parameter),
      label: parameterLabels[parameter],
      options: WEIGHT_OPTIONS.map((value) => ({
        value: String(value),
        label: overviewTexts.weights.option(value),
        selected: value === DEFAULT_WEIGHT,
      })),
    })),
    columns,
    totalMark: records.some((r) => r.totalProvenance === 'derived')
      ? overviewTexts.derivedMark
      : null,
  };
  const fullStatus = catalogueStatus(records.length, records.length, 'rank', 'desc', EQUAL_WEIGHTS);
  return pages.map((page) => ({
    ...shared,
    /** The tab title and the heading: later pages say which page they are, as the lists do. */
    documentTitle:
      page.current > 1
        ? ui.pagination.titleSuffix(overviewTexts.title, page.current, page.last)
        : overviewTexts.title,
    page,
    rows: page.items,
    status: split
      ? `${cataloguePageTexts.pageStatus(page.first, page.end, page.total)} ${overviewTexts.sortedBy(overviewTexts.columnName.rank, 'desc', 'rank')}`
      : fullStatus,
  }));
}

export type CataloguePageView = ReturnType<typeof cataloguePageViews>[number];
