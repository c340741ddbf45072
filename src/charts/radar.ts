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

// ---------------------------------------------------------------------------
// A whole chart as a tree of SVG elements, so the build (Astro) and the browser
// (DOM APIs, never innerHTML) draw exactly the same chart from the same function.

/** One SVG element: tag, attributes, optional text and children. */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  text?: string;
  children?: SvgNode[];
}

export interface RadarSeries {
  /** Name of the series (the case's title), for the legend and the accessible text. */
  name: string;
  /** Scores in axis order. */
  scores: readonly number[];
}

export interface RadarChartInput {
  /** Axis labels in axis order. */
  axes: readonly string[];
  series: readonly RadarSeries[];
  /** Accessible name of the chart. */
  title: string;
  /** Longer text alternative: what the chart shows, in words and numbers. */
  description: string;
  /** Prefix for the ids of title and desc, unique on the page. */
  idPrefix: string;
  /** The highest score (the rim). */
  max: number;
  /** Write the score next to each point (useful with one series). */
  showValues?: boolean;
}

/** Size of the chart's coordinate system; the SVG scales to its container. */
export const RADAR_VIEWBOX = { width: 560, height: 330 } as const;
export const RADAR_GEOMETRY: RadarGeometry = { cx: 280, cy: 172, radius: 125, max: 4 };

/** Builds the SVG tree of a radar chart with one polygon and marker set per series. */
export function buildRadarChart(input: RadarChartInput): SvgNode {
  const geometry: RadarGeometry = { ...RADAR_GEOMETRY, max: input.max };
  const count = input.axes.length;
  const titleId = `${input.idPrefix}-title`;
  const descId = `${input.idPrefix}-desc`;
  const levels = Array.from({ length: input.max }, (_, i) => i + 1);

  const grid: SvgNode = {
    tag: 'g',
    attrs: { class: 'radar-grid' },
    children: [
      ...levels.map((level) => ({
        tag: 'path',
        attrs: { d: ringPath(level, count, geometry), class: 'radar-ring' },
      })),
      ...input.axes.map((_, index) => {
        const [from, to] = axisLine(index, count, geometry);
        return {
          tag: 'line',
          attrs: { x1: from.x, y1: from.y, x2: to.x, y2: to.y, class: 'radar-spoke' },
        };
      }),
    ],
  };
  // Level numbers sit on the grid rings halfway between the first and the last axis, so
  // they never collide with the points or value labels, which lie on the axes.
  const levelAngle = axisAngle(count - 0.5, count);
  const edgeFactor = Math.cos(Math.PI / count);
  const levelLabels: SvgNode = {
    tag: 'g',
    attrs: { class: 'radar-level-labels' },
    children: levels.map((level) => {
      const r = (geometry.radius * level * edgeFactor) / geometry.max;
      return {
        tag: 'text',
        attrs: {
          x: round(geometry.cx + r * Math.cos(levelAngle)),
          y: round(geometry.cy + r * Math.sin(levelAngle)),
          'text-anchor': 'middle',
          'dominant-baseline': 'middle',
          class: 'radar-level',
        },
        text: String(level),
      };
    }),
  };
  const axisLabels: SvgNode = {
    tag: 'g',
    attrs: { class: 'radar-axis-labels' },
    children: input.axes.map((label, index) => {
      // Leave room for the value labels just outside the rim when they are shown.
      const position = labelPosition(index, count, geometry, input.showValues ? 28 : 14);
      return {
        tag: 'text',
        attrs: {
          x: position.x,
          y: position.y,
          'text-anchor': position.anchor,
          'dominant-baseline': position.baseline,
          class: 'radar-axis',
        },
        text: label,
      };
    }),
  };
  const series: SvgNode[] = input.series.map((item, seriesIndex) => {
    const style = seriesStyle(seriesIndex);
    const points = scorePoints(item.scores, geometry);
    const dash = DASH_ARRAYS[style.line];
    const children: SvgNode[] = [
      {
        tag: 'path',
        attrs: {
          d: polygonPath(points),
          class: 'radar-area',
          ...(dash ? { 'stroke-dasharray': dash } : {}),
        },
      },
      ...points.map((point) => ({
        tag: 'path',
        attrs: {
          d: markerPath(style.marker, point, markerSize(seriesIndex, input.series.length)),
          class: 'radar-marker',
        },
      })),
    ];
    if (input.showValues) {
      children.push(
        ...item.scores.map((score, index) => {
          const point = points[index] as Point;
          const angle = axisAngle(index, count);
          // Just outside the point along its axis, a little to the side on a vertical axis
          // so the number does not sit on the spoke.
          const vertical = Math.abs(Math.cos(angle)) < 0.2;
          return {
            tag: 'text',
            attrs: {
              x: round(point.x + 15 * Math.cos(angle) + (vertical ? 10 : 0)),
              y: round(point.y + 15 * Math.sin(angle)),
              'text-anchor': 'middle',
              'dominant-baseline': 'middle',
              class: 'radar-value',
            },
            text: String(score),
          };
        }),
      );
    }
    return {
      tag: 'g',
      attrs: {
        class: `radar-series radar-series-${seriesIndex}`,
        'data-series': item.name,
      },
      children,
    };
  });
  return {
    tag: 'svg',
    attrs: {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${RADAR_VIEWBOX.width} ${RADAR_VIEWBOX.height}`,
      role: 'img',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      class: 'radar',
    },
    children: [
      { tag: 'title', attrs: { id: titleId }, text: input.title },
      { tag: 'desc', attrs: { id: descId }, text: input.description },
      grid,
      levelLabels,
      axisLabels,
      ...series,
    ],
  };
}

/** A small sample of a series' line and marker, for a legend. */
export function legendSample(seriesIndex: number): SvgNode {
  const style = seriesStyle(seriesIndex);
  const dash = DASH_ARRAYS[style.line];
  return {
    tag: 'svg',
    attrs: {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: '0 0 48 16',
      width: 48,
      height: 16,
      'aria-hidden': 'true',
      focusable: 'false',
      class: `radar-legend-sample radar-series radar-series-${seriesIndex}`,
    },
    children: [
      {
        tag: 'line',
        attrs: {
          x1: 2,
          y1: 8,
          x2: 46,
          y2: 8,
          class: 'radar-line',
          ...(dash ? { 'stroke-dasharray': dash } : {}),
        },
      },
      {
        tag: 'path',
        attrs: { d: markerPath(style.marker, { x: 24, y: 8 }, 10), class: 'radar-marker' },
      },
    ],
  };
}
