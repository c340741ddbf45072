/**
 * Geometry of a radar (spider) chart, as pure functions so the build-time SVG on a
 * case page and the chart drawn in the browser on the comparison page agree exactly.
 *
 * Axis 0 points straight up; the axes follow clockwise in the order given. A score
 * is drawn at `score / max` of the radius, so 0 is the centre and `max` the rim.
 */

export interface Point {
  x: number;
  y: number;
}

export interface RadarGeometry {
  /** Centre of the chart. */
  cx: number;
  cy: number;
  /** Distance from the centre to the rim (the highest score). */
  radius: number;
  /** The highest score on the scale; the rim. */
  max: number;
}

/** Rounds to two decimals so paths are short and stable in snapshots. */
export function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Angle in radians of axis `index` out of `count`, starting at 12 o'clock and going clockwise. */
export function axisAngle(index: number, count: number): number {
  if (!Number.isInteger(count) || count < 3) {
    throw new RangeError(`Et radardiagram kræver mindst 3 akser, ikke ${count}`);
  }
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** The point at `distance` (0-1 of the radius) along axis `index`. */
export function pointOnAxis(
  index: number,
  count: number,
  distance: number,
  geometry: RadarGeometry,
): Point {
  const angle = axisAngle(index, count);
  const r = geometry.radius * distance;
  return {
    x: round(geometry.cx + r * Math.cos(angle)),
    y: round(geometry.cy + r * Math.sin(angle)),
  };
}

/** The point of one score on its axis; scores outside 0..max are clamped to the chart. */
export function scorePoint(
  score: number,
  index: number,
  count: number,
  geometry: RadarGeometry,
): Point {
  const clamped = Math.min(Math.max(score, 0), geometry.max);
  return pointOnAxis(index, count, clamped / geometry.max, geometry);
}

/** The points of a series of scores, one per axis, in axis order. */
export function scorePoints(scores: readonly number[], geometry: RadarGeometry): Point[] {
  return scores.map((score, index) => scorePoint(score, index, scores.length, geometry));
}

/** A closed SVG path through the points: `M x y L x y … Z`. */
export function polygonPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points as [Point, ...Point[]];
  return `M${first.x} ${first.y}${rest.map((p) => ` L${p.x} ${p.y}`).join('')} Z`;
}

/** The grid ring for one score level (e.g. 1, 2, 3, 4), as a closed path. */
export function ringPath(level: number, count: number, geometry: RadarGeometry): string {
  const points = Array.from({ length: count }, (_, index) =>
    pointOnAxis(index, count, level / geometry.max, geometry),
  );
  return polygonPath(points);
}

/** The spoke from the centre to the rim of axis `index`. */
export function axisLine(index: number, count: number, geometry: RadarGeometry): [Point, Point] {
  return [{ x: round(geometry.cx), y: round(geometry.cy) }, pointOnAxis(index, count, 1, geometry)];
}

/** Where and how to anchor the text label of an axis. */
export interface LabelPosition extends Point {
  /** SVG `text-anchor`. */
  anchor: 'start' | 'middle' | 'end';
  /** SVG `dominant-baseline`. */
  baseline: 'auto' | 'middle' | 'hanging';
}

/**
 * Position of an axis label: just outside the rim, anchored so the text grows away from
 * the chart (left of the centre it ends at the point, right of it it starts there).
 */
export function labelPosition(
  index: number,
  count: number,
  geometry: RadarGeometry,
  offset = 12,
): LabelPosition {
  const angle = axisAngle(index, count);
  const r = geometry.radius + offset;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const epsilon = 0.2;
  return {
    x: round(geometry.cx + r * cos),
    y: round(geometry.cy + r * sin),
    anchor: cos > epsilon ? 'start' : cos < -epsilon ? 'end' : 'middle',
    baseline: sin > epsilon ? 'hanging' : sin < -epsilon ? 'auto' : 'middle',
  };
}

/** Marker shapes that tell series apart without colour. */
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/** Dash patterns that tell series apart without colour (SVG `stroke-dasharray`; '' = solid). */
export const LINE_STYLES = ['solid', 'dashed', 'dotted', 'dashdot'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

export const DASH_ARRAYS: Record<LineStyle, string> = {
  solid: '',
  dashed: '8 5',
  dotted: '2 4',
  dashdot: '10 4 2 4',
};

/** A closed path for a marker of `size` (its overall width) centred on the point. */
export function markerPath(shape: MarkerShape, at: Point, size: number): string {
  const h = size / 2;
  const { x, y } = at;
  switch (shape) {
    case 'square':
      return polygonPath([
        { x: round(x - h), y: round(y - h) },
        { x: round(x + h), y: round(y - h) },
        { x: round(x + h), y: round(y + h) },
        { x: round(x - h), y: round(y + h) },
      ]);
    case 'triangle':
      return polygonPath([
        { x: round(x), y: round(y - h * 1.15) },
        { x: round(x + h * 1.15), y: round(y + h * 0.85) },
        { x: round(x - h * 1.15), y: round(y + h * 0.85) },
      ]);
    case 'diamond':
      return polygonPath([
        { x: round(x), y: round(y - h * 1.3) },
        { x: round(x + h * 1.3), y: round(y) },
        { x: round(x), y: round(y + h * 1.3) },
        { x: round(x - h * 1.3), y: round(y) },
      ]);
    case 'circle':
    default:
      // Two arcs make a circle as a path, so every marker is drawn the same way.
      return `M${round(x - h)} ${round(y)} A${round(h)} ${round(h)} 0 1 0 ${round(x + h)} ${round(y)} A${round(h)} ${round(h)} 0 1 0 ${round(x - h)} ${round(y)} Z`;
  }
}

/**
 * Marker size of a series. With several series the markers shrink series by series and
 * later ones are drawn on top, so markers on the same point nest instead of hiding
 * each other.
 */
export function markerSize(seriesIndex: number, seriesCount: number): number {
  return seriesCount > 1 ? 16 - 3 * seriesIndex : 10;
}

/** The visual style of series number `index` (0-3): shape and dash pattern both differ. */
export function seriesStyle(index: number): { marker: MarkerShape; line: LineStyle } {
  return {
    marker: MARKER_SHAPES[index % MARKER_SHAPES.length] as MarkerShape,
    line: LINE_STYLES[index % LINE_STYLES.length] as LineStyle,
  };
}
