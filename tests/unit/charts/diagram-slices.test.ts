import { describe, expect, it } from 'vitest';
import {
  headingSlice,
  rowSlices,
  sliceBounds,
  sliceLayout,
} from '../../../src/charts/diagram-slices';
import type { DiagramLayout, DiagramNode } from '../../../src/charts/diagram-types';

const node = (id: string, y: number, height: number): DiagramNode => ({
  id,
  kind: 'step',
  stepId: id,
  stepNumber: 1,
  linkStepId: id,
  x: 0,
  y,
  width: 10,
  height,
  lines: [],
});

const layout: DiagramLayout = {
  width: 100,
  height: 300,
  lanes: [
    {
      key: 'a',
      x: 0,
      y: 0,
      width: 100,
      height: 300,
      label: [{ text: 'Bane', x: 4, y: 6, role: 'eyebrow' }],
    },
  ],
  nodes: [node('a', 10, 80), node('b', 110, 80), node('c', 210, 80)],
  edges: [
    {
      id: 'ab',
      kind: 'sequence',
      points: [
        { x: 5, y: 90 },
        { x: 5, y: 110 },
      ],
    },
    {
      id: 'bc',
      kind: 'sequence',
      points: [
        { x: 5, y: 190 },
        { x: 5, y: 210 },
      ],
    },
  ],
  decisions: [],
  top: 0,
  rowCuts: [100, 200],
  innerCuts: [],
};

describe('sliceBounds', () => {
  it('cuts at the last row boundary that keeps a slice within the height', () => {
    expect(sliceBounds([100, 200], 300, 150)).toEqual([0, 100, 200, 300]);
    expect(sliceBounds([100, 200], 300, 210)).toEqual([0, 200, 300]);
  });

  it('keeps a row that is taller than a slice whole', () => {
    expect(sliceBounds([250], 300, 100)).toEqual([0, 250, 300]);
  });

  it('keeps a short diagram in one slice', () => {
    expect(sliceBounds([100, 200], 300, 1000)).toEqual([0, 300]);
  });
});

describe('sliceLayout', () => {
  const slices = sliceLayout(layout, 150);

  it('puts every box in exactly one slice', () => {
    expect(slices.map((slice) => slice.layout.nodes.map((n) => n.id))).toEqual([
      ['a'],
      ['b'],
      ['c'],
    ]);
  });

  it('draws an arrow that crosses a cut in both slices', () => {
    expect(slices[0]!.layout.edges.map((edge) => edge.id)).toEqual(['ab']);
    expect(slices[1]!.layout.edges.map((edge) => edge.id)).toEqual(['ab', 'bc']);
  });

  it('covers the whole height without gaps', () => {
    expect(slices.map((slice) => [slice.y, slice.height])).toEqual([
      [0, 100],
      [100, 100],
      [200, 100],
    ]);
  });
});

describe('rowSlices and headingSlice', () => {
  const headed = { ...layout, top: 8 };

  it('gives each row a slice of its own, from under the lane headings down', () => {
    expect(rowSlices(headed).map((slice) => [slice.y, slice.height, slice.row])).toEqual([
      [8, 92, 0],
      [100, 100, 1],
      [200, 100, 2],
    ]);
  });

  it('cuts a tall row between the ways out of its decision, keeping the row it belongs to', () => {
    const slices = rowSlices({ ...headed, innerCuts: [150] });
    expect(slices.map((slice) => [slice.y, slice.height, slice.row])).toEqual([
      [8, 92, 0],
      [100, 50, 1],
      [150, 50, 1],
      [200, 100, 2],
    ]);
  });

  it('writes the lane names only in the heading slice', () => {
    expect(
      rowSlices(headed).flatMap((slice) => slice.layout.lanes.flatMap((l) => l.label)),
    ).toEqual([]);
    expect(headingSlice(headed)).toMatchObject({ y: 0, height: 8 });
    expect(headingSlice(headed).layout.lanes[0]?.label.map((line) => line.text)).toEqual(['Bane']);
    expect(headingSlice(headed).layout.nodes).toEqual([]);
  });
});
