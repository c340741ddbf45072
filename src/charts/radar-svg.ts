import {
  DASH_ARRAYS,
  axisAngle,
  axisLine,
  labelPosition,
  markerPath,
  markerSize,
  polygonPath,
  ringPath,
  round,
  scorePoints,
  seriesStyle,
  type Point,
  type RadarGeometry,
} from './radar-geometry';

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
  /** Axis labels in axis order; each label is one or more lines. */
  axes: readonly (readonly string[])[];
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

/**
 * Size of the chart's coordinate system; the SVG scales to its container. It is kept small
 * and the text large (RADAR_TEXT), so that on a 320 px phone, where the chart is drawn about
 * 288 px wide, every label still renders at 12 px or more.
 */
const RADAR_VIEWBOX = { width: 420, height: 290 } as const;
const RADAR_CENTRE = { cx: 210, cy: 148, radius: 88 } as const;
/** Font sizes in chart units (CSS sets them too; these place the lines of a label). */
const RADAR_TEXT = { axis: 20, level: 18, value: 19, lineHeight: 21 } as const;

/**
 * The `dy` of line `index` of a label: lines stack away from the chart, so a label above the
 * rim grows upwards, one below grows downwards and one beside it stays centred.
 */
export function lineOffset(
  index: number,
  lines: number,
  baseline: 'auto' | 'middle' | 'hanging',
): number {
  const step = RADAR_TEXT.lineHeight;
  if (index > 0) return step;
  if (baseline === 'auto') return -(lines - 1) * step;
  if (baseline === 'middle') return round((-(lines - 1) * step) / 2);
  return 0;
}

/** Builds the SVG tree of a radar chart with one polygon and marker set per series. */
export function buildRadarChart(input: RadarChartInput): SvgNode {
  const geometry: RadarGeometry = { ...RADAR_CENTRE, max: input.max };
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
    children: input.axes.map((lines, index) => {
      // Leave room for the value labels just outside the rim when they are shown.
      const position = labelPosition(index, count, geometry, input.showValues ? 30 : 14);
      return {
        tag: 'text',
        attrs: {
          x: position.x,
          y: position.y,
          'text-anchor': position.anchor,
          'dominant-baseline': position.baseline,
          class: 'radar-axis',
        },
        children: lines.map((line, lineIndex) => ({
          tag: 'tspan',
          attrs: { x: position.x, dy: lineOffset(lineIndex, lines.length, position.baseline) },
          text: line,
        })),
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
              x: round(point.x + 17 * Math.cos(angle) + (vertical ? 12 : 0)),
              y: round(point.y + 17 * Math.sin(angle)),
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
