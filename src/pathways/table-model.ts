/**
 * Small pure helpers behind the responsibility tables and the dataset tables:
 * row groups, back-links from tables to pathways, and Danish number formatting.
 */

import { isNumberKind, type ColumnKind } from '../schemas/dataset-values';

/** Consecutive rows that share a group heading; `group` is undefined for rows without one. */
export interface RowGroup<Row> {
  group: string | undefined;
  rows: Row[];
}

/**
 * Splits rows into runs of consecutive rows with the same `group`, keeping their order.
 * A group name that comes back after another group starts a new run.
 */
export function groupConsecutiveRows<Row extends { group?: string | undefined }>(
  rows: readonly Row[],
): RowGroup<Row>[] {
  const groups: RowGroup<Row>[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.group === row.group) last.rows.push(row);
    else groups.push({ group: row.group, rows: [row] });
  }
  return groups;
}

/** True when any row has a group, so the table needs group heading rows. */
export function hasGroups(rows: readonly { group?: string | undefined }[]): boolean {
  return rows.some((row) => row.group !== undefined);
}

/** The row heading: the row's own label, else the actor's name. */
export function rowHeading(
  row: { label?: string | undefined; actor?: { id: string } | undefined },
  actorName: (id: string) => string,
): string {
  if (row.label !== undefined) return row.label;
  if (row.actor !== undefined) return actorName(row.actor.id);
  throw new Error('En række skal have «label» eller «actor»');
}

/** A pathway as a back-link target. */
export interface PathwayLink {
  id: string;
  title: string;
}

/**
 * For every responsibility table (or dataset) id, the pathways that list it, in pathway order.
 * `pick` chooses the list to read, e.g. `relatedTables`.
 */
export function backLinks<P extends { id: string; data: { title: string } }>(
  pathways: readonly P[],
  pick: (pathway: P) => readonly { id: string }[],
): Map<string, PathwayLink[]> {
  const links = new Map<string, PathwayLink[]>();
  for (const pathway of pathways) {
    for (const { id } of pick(pathway)) {
      const list = links.get(id) ?? [];
      if (!list.some((link) => link.id === pathway.id)) {
        list.push({ id: pathway.id, title: pathway.data.title });
      }
      links.set(id, list);
    }
  }
  return links;
}

const danishNumber = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 10 });

/** A number written the Danish way: «14.053», «13,2». */
export function formatNumber(value: number): string {
  return danishNumber.format(value);
}

/** A dataset cell as shown: numbers formatted, text as is, a missing value as `notGiven`. */
export function formatCell(
  value: string | number | null | undefined,
  kind: ColumnKind,
  notGiven: string,
): string {
  if (value === null || value === undefined) return notGiven;
  if (typeof value === 'number') return isNumberKind(kind) ? formatNumber(value) : String(value);
  return value;
}

/**
 * A column heading with its unit: «Andel (pct.)». The unit is left out when the label already
 * says it («Antal», not «Antal (antal)»).
 */
export function columnHeading(label: string, unit?: string): string {
  if (!unit || label.toLocaleLowerCase('da').includes(unit.toLocaleLowerCase('da'))) return label;
  return `${label} (${unit})`;
}
