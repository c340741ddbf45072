import { describe, expect, it } from 'vitest';
import {
  buildRadarChart,
  legendSample,
  lineOffset,
  type SvgNode,
} from '../../../src/charts/radar-svg';
import {
  DASH_ARRAYS,
  axisAngle,
  labelPosition,
  markerPath,
  markerSize,
  pointOnAxis,
  polygonPath,
  ringPath,
  round,
  scorePoint,
  scorePoints,
  seriesStyle,
  type RadarGeometry,
} from '../../../src/charts/radar-geometry';

const geometry: RadarGeometry = { cx: 100, cy: 100, radius: 80, max: 4 };

/** Every node in a tree, depth first. */
function nodes(node: SvgNode): SvgNode[] {
  return [node, ...(node.children ?? []).flatMap(nodes)];
}

describe('axis angles', () => {
  it('puts the first axis straight up', () => {
    expect(axisAngle(0, 5)).toBeCloseTo(-Math.PI / 2);
  });
  it('spaces five axes 72 degrees apart, clockwise', () => {
    expect(axisAngle(1, 5) - axisAngle(0, 5)).toBeCloseTo((72 * Math.PI) / 180);
    expect(axisAngle(4, 5) - axisAngle(0, 5)).toBeCloseTo((288 * Math.PI) / 180);
  });
  it('refuses a chart with fewer than three axes', () => {
    expect(() => axisAngle(0, 2)).toThrow(RangeError);
  });
});

describe('points for scores', () => {
  it('draws the top score of the first axis at the top of the rim', () => {
    expect(scorePoint(4, 0, 5, geometry)).toEqual({ x: 100, y: 20 });
  });
  it('draws a score of 2 out of 4 halfway out', () => {
    expect(scorePoint(2, 0, 5, geometry)).toEqual({ x: 100, y: 60 });
  });
  it('draws the second axis to the upper right of the centre', () => {
    const point = scorePoint(4, 1, 5, geometry);
    expect(point.x).toBeGreaterThan(100);
    expect(point.y).toBeLessThan(100);
    expect(Math.hypot(point.x - 100, point.y - 100)).toBeCloseTo(80, 1);
  });
  it('clamps scores outside the scale to the centre and the rim', () => {
    expect(scorePoint(9, 0, 5, geometry)).toEqual({ x: 100, y: 20 });
    expect(scorePoint(-1, 0, 5, geometry)).toEqual({ x: 100, y: 100 });
  });
  it('gives one point per score in axis order', () => {
    const points = scorePoints([4, 4, 4, 4, 4], geometry);
    expect(points).toHaveLength(5);
    expect(points[0]).toEqual(pointOnAxis(0, 5, 1, geometry));
    expect(points[3]).toEqual(pointOnAxis(3, 5, 1, geometry));
  });
  it('rounds coordinates to two decimals and never writes minus zero', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(Object.is(round(-0.001), 0)).toBe(true);
  });
});

describe('polygon paths', () => {
  it('writes a closed path through the points', () => {
    expect(
      polygonPath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 5, y: 8 },
      ]),
    ).toBe('M0 0 L10 0 L5 8 Z');
  });
  it('writes nothing for no points', () => {
    expect(polygonPath([])).toBe('');
  });
  it('draws the outer ring through the rim of every axis', () => {
    const ring = ringPath(4, 5, geometry);
    expect(ring.startsWith('M100 20 ')).toBe(true);
    expect(ring.match(/L/g)).toHaveLength(4);
  });
});

describe('label positions', () => {
  it('centres the label of the top axis above the rim', () => {
    const label = labelPosition(0, 5, geometry, 10);
    expect(label).toMatchObject({ x: 100, y: 10, anchor: 'middle', baseline: 'auto' });
  });
  it('starts labels on the right of the chart at their point', () => {
    expect(labelPosition(1, 5, geometry).anchor).toBe('start');
  });
  it('ends labels on the left of the chart at their point', () => {
    expect(labelPosition(4, 5, geometry).anchor).toBe('end');
  });
  it('hangs labels below the centre from their point', () => {
    expect(labelPosition(2, 5, geometry).baseline).toBe('hanging');
  });
});

describe('telling series apart without colour', () => {
  it('gives four series four different markers and four different dash patterns', () => {
    const styles = [0, 1, 2, 3].map(seriesStyle);
    expect(new Set(styles.map((s) => s.marker)).size).toBe(4);
    expect(new Set(styles.map((s) => DASH_ARRAYS[s.line])).size).toBe(4);
  });
  it('draws each marker shape as a closed path around its point', () => {
    for (const shape of ['circle', 'square', 'triangle', 'diamond'] as const) {
      const d = markerPath(shape, { x: 50, y: 50 }, 10);
      expect(d).toMatch(/^M.* Z$/);
    }
    expect(markerPath('square', { x: 50, y: 50 }, 10)).toBe('M45 45 L55 45 L55 55 L45 55 Z');
  });
  it('shrinks markers series by series so markers on the same point nest', () => {
    expect(markerSize(0, 4)).toBeGreaterThan(markerSize(3, 4));
    expect(markerSize(0, 1)).toBe(10);
  });
});

describe('buildRadarChart', () => {
  const chart = buildRadarChart({
    axes: [['A'], ['B'], ['C'], ['D'], ['E', 'F']],
    series: [
      { name: 'Første', scores: [1, 2, 3, 4, 3] },
      { name: 'Anden', scores: [4, 4, 4, 4, 4] },
    ],
    title: 'Titel',
    description: 'Beskrivelse',
    idPrefix: 'r',
    max: 4,
    showValues: true,
  });
  const all = nodes(chart);

  it('is an image with a title and a description for screen readers', () => {
    expect(chart.tag).toBe('svg');
    expect(chart.attrs).toMatchObject({
      role: 'img',
      'aria-labelledby': 'r-title',
      'aria-describedby': 'r-desc',
    });
    expect(chart.children?.[0]).toEqual({ tag: 'title', attrs: { id: 'r-title' }, text: 'Titel' });
    expect(chart.children?.[1]).toEqual({
      tag: 'desc',
      attrs: { id: 'r-desc' },
      text: 'Beskrivelse',
    });
  });
  it('labels every axis in the order given, one text line per label line', () => {
    const labels = all
      .filter((n) => n.attrs['class'] === 'radar-axis')
      .map((n) => n.children?.map((line) => line.text));
    expect(labels).toEqual([['A'], ['B'], ['C'], ['D'], ['E', 'F']]);
  });
  it('stacks a label above the rim upwards and one beside it around its middle', () => {
    expect([lineOffset(0, 2, 'auto'), lineOffset(1, 2, 'auto')]).toEqual([-21, 21]);
    expect(lineOffset(0, 2, 'middle')).toBe(-10.5);
    expect(lineOffset(0, 2, 'hanging')).toBe(0);
  });
  it('draws one group per series with a polygon and a marker per axis', () => {
    const groups = all.filter((n) => String(n.attrs['class']).startsWith('radar-series '));
    expect(groups).toHaveLength(2);
    const markers = groups[0]?.children?.filter((n) => n.attrs['class'] === 'radar-marker');
    expect(markers).toHaveLength(5);
  });
  it('dashes the second series and not the first', () => {
    const areas = all.filter((n) => n.attrs['class'] === 'radar-area');
    expect(areas[0]?.attrs['stroke-dasharray']).toBeUndefined();
    expect(areas[1]?.attrs['stroke-dasharray']).toBe(DASH_ARRAYS.dashed);
  });
  it('writes the scores next to the points when asked', () => {
    const values = all.filter((n) => n.attrs['class'] === 'radar-value').map((n) => n.text);
    expect(values.slice(0, 5)).toEqual(['1', '2', '3', '4', '3']);
  });
  it('numbers the grid rings 1 to 4', () => {
    const levels = all.filter((n) => n.attrs['class'] === 'radar-level').map((n) => n.text);
    expect(levels).toEqual(['1', '2', '3', '4']);
  });
  it('draws a legend sample hidden from screen readers', () => {
    const sample = legendSample(2);
    expect(sample.attrs['aria-hidden']).toBe('true');
    expect(String(sample.attrs['class'])).toContain('radar-series-2');
  });
});
