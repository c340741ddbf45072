import type { DiagramLayout } from './diagram-types';

/**
 * Cuts a diagram into horizontal slices between its rows, each drawn as an SVG of its own, under
 * the lane headings (which are drawn once, apart, to stay in view and head each printed page).
 * An SVG cannot break across printed pages, so a diagram taller than a page would start on a
 * new page and leave the one before it half empty; slices fill each page and go on to the next.
 * A slice per row also lets a row be hidden (a reader's own steps) without leaving a gap. On
 * screen the slices stack without a gap and read as one diagram. Pure.
 */

/** One slice: a window `y`…`y + height` of the layout and the parts that reach into it. */
export interface DiagramSlice {
  y: number;
  height: number;
  layout: DiagramLayout;
}

const overlaps = (top: number, bottom: number, from: number, to: number) =>
  top < to && bottom > from;

/**
 * The rows' cut lines grouped into slices of at most `maxHeight` (a row taller stays whole),
 * from `start` down.
 */
export function sliceBounds(
  cuts: readonly number[],
  height: number,
  maxHeight: number,
  start = 0,
): number[] {
  const bounds = [start];
  let previousCut: number | undefined;
  for (const cut of [...cuts, height]) {
    const start = bounds.at(-1) as number;
    if (cut - start > maxHeight && previousCut !== undefined && previousCut > start) {
      bounds.push(previousCut);
    }
    previousCut = cut;
  }
  bounds.push(height);
  return bounds;
}

/** The layout cut at its row boundaries into slices no taller than `maxHeight` where possible. */
export function sliceLayout(layout: DiagramLayout, maxHeight: number): DiagramSlice[] {
  const bounds = sliceBounds(layout.rowCuts, layout.height, maxHeight, layout.top);
  return bounds.slice(1).map((bottom, index) => {
    const top = bounds[index] as number;
    const ys = (points: readonly { y: number }[]) => points.map((point) => point.y);
    return {
      y: top,
      height: bottom - top,
      layout: {
        ...layout,
        lanes: layout.lanes.map((lane) => ({ ...lane, label: [] })),
        nodes: layout.nodes.filter((node) => overlaps(node.y, node.y + node.height, top, bottom)),
        edges: layout.edges.filter((edge) =>
          overlaps(Math.min(...ys(edge.points)), Math.max(...ys(edge.points)), top, bottom),
        ),
        decisions: layout.decisions.filter((decision) => decision.y >= top && decision.y < bottom),
      },
    };
  });
}

/**
 * One slice per row of the layout (a tall row cut between the ways out of its decision), each
 * with the index of the row, counted from 0 in the order of the steps.
 */
export function rowSlices(layout: DiagramLayout): (DiagramSlice & { row: number })[] {
  const cuts = [...layout.rowCuts, ...layout.innerCuts].sort((a, b) => a - b);
  return sliceLayout({ ...layout, rowCuts: cuts }, 0).map((slice) => ({
    ...slice,
    layout: { ...slice.layout, rowCuts: layout.rowCuts },
    row: layout.rowCuts.filter((cut) => cut <= slice.y).length,
  }));
}

/** The lane headings above the rows, as a slice of their own (none in the narrow layout). */
export function headingSlice(layout: DiagramLayout): DiagramSlice {
  return {
    y: 0,
    height: layout.top,
    layout: { ...layout, nodes: [], edges: [], decisions: [] },
  };
}
