import type { Box, Point } from './diagram-types';

/**
 * Orthogonal connectors between diagram boxes. Pure.
 */

/** The middle of a box's bottom edge. */
export function bottomCentre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height };
}

/** The middle of a box's top edge. */
export function topCentre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y };
}

/**
 * A line from `from` down to `to`: straight when both share an x, otherwise down to `turnY`,
 * across, and down again. `turnY` must lie between the two points.
 */
export function elbow(from: Point, to: Point, turnY: number): Point[] {
  if (from.x === to.x) return [from, to];
  return [from, { x: from.x, y: turnY }, { x: to.x, y: turnY }, to];
}

/** A bracket from a rail at `railX`: out of `from`, along the rail, into `to` from its left. */
export function railTo(from: Point, railX: number, to: Point): Point[] {
  return [from, { x: railX, y: from.y }, { x: railX, y: to.y }, to];
}

/** A polyline's `points` attribute: «x,y x,y …». */
export function svgPoints(points: readonly Point[]): string {
  return points.map((point) => `${point.x},${point.y}`).join(' ');
}

/** The corners of a diamond with its centre at `centre` and `half` from centre to corner. */
export function diamondPoints(centre: Point, half: number): Point[] {
  const { x, y } = centre;
  return [
    { x, y: y - half },
    { x: x + half, y },
    { x, y: y + half },
    { x: x - half, y },
  ];
}
