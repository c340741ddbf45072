import { PARAMETERS, type Parameter } from './assessment-model';
import type { CaseStatus, FilterableCase } from './case-filters';
import type { RankableCase } from './ranking';
import type { DiseaseArea, Region, Sector } from '../schemas/vocabulary';

/**
 * The catalogue's compact index (`/cases/katalog.json`): for every case what the catalogue
 * table shows and what filtering, sorting and re-weighting need, and nothing else (no
 * assessment text). The catalogue fetches it only when the cases are split over several
 * pages and the reader uses a control; the comparison's finder fetches it on first use.
 *
 * Built from the one case record, never typed twice. Kept small: each case is one array,
 * scores are one string of digits, and every repeated string (filter values, joined labels)
 * is written once in a string table and referred to by its position. Pure and free of
 * run-time imports from the schemas, because browser code decodes it.
 */

/** Bumped when the layout of a row changes, so an old cached file is refused, not misread. */
const INDEX_VERSION = 1;

/** Stands for the case id in the file's case address template. */
const ID_TOKEN = '{id}';

/** The fields of a case record the index is built from. */
export interface IndexSource {
  id: string;
  title: string;
  url: string;
  status: CaseStatus;
  statusLabel: string;
  diseaseAreas: readonly DiseaseArea[];
  diseaseAreaLabels: readonly string[];
  sectors: readonly Sector[];
  sectorLabels: readonly string[];
  regions: readonly Region[];
  regionLabels: readonly string[];
  nationwide: boolean;
  scores: Record<Parameter, { score: number }>;
}

/** One case as the browser gets it back: rankable, filterable and ready to show as a row. */
export interface IndexedCase extends RankableCase, FilterableCase {
  id: string;
  url: string;
  /** The parameters whose cell carries the «katalogets» mark (an exception in a derived column). */
  catalogueMarks: Parameter[];
  statusLabel: string;
  diseaseAreasText: string;
  sectorsText: string;
  regionsText: string;
}

/** One row of the file: id, title, scores, marks, then string-table positions. */
type IndexRow = [
  id: string,
  title: string,
  scores: string,
  marks: number,
  status: number,
  statusLabel: number,
  diseaseAreas: number[],
  diseaseAreasText: number,
  sectors: number[],
  sectorsText: number,
  regions: number[],
  nationwide: 0 | 1,
  regionsText: number,
];

interface IndexFile {
  v: number;
  /** The case page address with `{id}` for the id. */
  u: string;
  /** Every repeated string once. */
  s: string[];
  c: IndexRow[];
}

/**
 * Writes the index for `records` (in the order given). `caseUrl` is the case page address
 * with `{id}` standing for the id; every record's url must follow it. `catalogueMark` says
 * which cells carry the «katalogets» mark, as the catalogue table shows it.
 */
export function encodeCatalogueIndex(
  records: readonly IndexSource[],
  caseUrl: string,
  catalogueMark: (record: IndexSource, parameter: Parameter) => boolean,
): string {
  const strings: string[] = [];
  const positions = new Map<string, number>();
  const at = (value: string): number => {
    let position = positions.get(value);
    if (position === undefined) {
      position = strings.push(value) - 1;
      positions.set(value, position);
    }
    return position;
  };
  const rows = records.map((record): IndexRow => {
    if (caseUrl.replace(ID_TOKEN, record.id) !== record.url) {
      throw new Error(
        `Casen «${record.id}» har adressen ${record.url}, men katalogets indeks venter ${caseUrl.replace(ID_TOKEN, record.id)}`,
      );
    }
    const marks = PARAMETERS.reduce(
      (bits, parameter, index) => (catalogueMark(record, parameter) ? bits | (1 << index) : bits),
      0,
    );
    return [
      record.id,
      record.title,
      PARAMETERS.map((parameter) => digit(record, parameter)).join(''),
      marks,
      at(record.status),
      at(record.statusLabel),
      record.diseaseAreas.map(at),
      at(record.diseaseAreaLabels.join(', ')),
      record.sectors.map(at),
      at(record.sectorLabels.join(', ')),
      record.regions.map(at),
      record.nationwide ? 1 : 0,
      at(record.regionLabels.join(', ')),
    ];
  });
  const file: IndexFile = { v: INDEX_VERSION, u: caseUrl, s: strings, c: rows };
  return JSON.stringify(file);
}

/** A score as one digit; the scale is 1-4, so a score that needs two digits is a mistake. */
function digit(record: IndexSource, parameter: Parameter): string {
  const score = record.scores[parameter].score;
  if (!Number.isInteger(score) || score < 0 || score > 9) {
    throw new Error(`Casen «${record.id}» har scoren ${score} for ${parameter}: ikke ét ciffer`);
  }
  return String(score);
}

/** Reads the index back; throws on a file of another version or shape. */
export function decodeCatalogueIndex(json: unknown): IndexedCase[] {
  const file = json as Partial<IndexFile> | null;
  if (!file || file.v !== INDEX_VERSION || !Array.isArray(file.c) || !Array.isArray(file.s)) {
    throw new Error('Katalogets indeks har et ukendt format');
  }
  const strings = file.s;
  const caseUrl = String(file.u ?? '');
  const text = (position: number) => strings[position] ?? '';
  return file.c.map((row) => {
    const [id, title, scores, marks, status, statusLabel, areas, areasText] = row;
    const [, , , , , , , , sectors, sectorsText, regions, nationwide, regionsText] = row;
    return {
      id,
      title,
      url: caseUrl.replace(ID_TOKEN, id),
      scores: Object.fromEntries(
        PARAMETERS.map((parameter, index) => [parameter, { score: Number(scores[index]) }]),
      ) as IndexedCase['scores'],
      catalogueMarks: PARAMETERS.filter((_, index) => (marks & (1 << index)) !== 0),
      status: text(status) as CaseStatus,
      statusLabel: text(statusLabel),
      diseaseAreas: areas.map(text) as DiseaseArea[],
      diseaseAreasText: text(areasText),
      sectors: sectors.map(text) as Sector[],
      sectorsText: text(sectorsText),
      regions: regions.map(text) as Region[],
      nationwide: nationwide === 1,
      regionsText: text(regionsText),
    };
  });
}
