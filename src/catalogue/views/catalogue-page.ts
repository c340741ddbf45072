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
import { caseStatusLabels, overviewTexts } from '../../i18n/cases';
import { diseaseAreaLabels, parameterLabels, regionLabels, sectorLabels } from '../../i18n/da';

/**
 * Everything the catalogue overview shows, ready-made: the notice, the filter and weight
 * controls, the columns with their derivation marks, and the rows ranked by the plain sum
 * (shared places for ties, names A-Å within a tie). Pure.
 */

interface CatalogueLinks {
  self: string;
  rubric: string;
  compare: string;
  csv: string;
  json: string;
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

export function cataloguePageView(
  records: readonly CaseRecord[],
  vocabulary: FilterVocabulary,
  links: CatalogueLinks,
) {
  const ranked = sortCases(records, 'rank');
  const rankPlaces = places(ranked);
  const columns: ScoreColumn[] = PARAMETERS.map((parameter) => ({
    parameter,
    label: overviewTexts.columnLabels[parameter],
    mark: columnIsDerived(records, parameter) ? overviewTexts.derivedMark : null,
  }));
  const derivedColumns = new Set(columns.filter((c) => c.mark).map((c) => c.parameter));
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
        mark:
          derivedColumns.has(parameter) && record.scores[parameter].provenance === 'catalogue'
            ? overviewTexts.catalogueMark
            : null,
      })),
      total: record.total,
      statusLabel: record.statusLabel,
      diseaseAreas: record.diseaseAreaLabels.join(', '),
      regions: record.regionLabels.join(', '),
      sectors: record.sectorLabels.join(', '),
      attrs: rowAttributes(record),
    };
  });
  return {
    title: overviewTexts.title,
    description: overviewTexts.description,
    lead: overviewTexts.lead(records.length),
    notice: { ...overviewTexts.notice, rubricHref: links.rubric },
    links,
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
    rows,
    status: catalogueStatus(records.length, records.length, 'rank', 'desc', EQUAL_WEIGHTS),
  };
}

export type CataloguePageView = ReturnType<typeof cataloguePageView>;
