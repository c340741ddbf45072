import { laneOrder } from './diagram-lanes';
import { measure } from './diagram-measure';
import { bottomCentre, elbow, topCentre } from './diagram-route';
import { layoutRow, type RowGrid } from './diagram-row';
import type {
  DiagramLane,
  DiagramLaneBox,
  DiagramLayout,
  DiagramStepInput,
  DiagramTexts,
} from './diagram-types';

/**
 * Lays a pathway out as a swimlane diagram at build time: one column per lane (sector), the steps
 * in rows from top to bottom in the order they are listed, each step in the lane of its first
 * responsible actor with a «share» box in every other lane that takes part. A decision is a
 * diamond under its step with one exit per group of conditions that lead the same way; an exit
 * to the next step continues with the arrow to it, an exit elsewhere names its step.
 *
 * Positions follow from lane and order alone, so the layout is plain arithmetic: pure and
 * synchronous, same steps in, same layout out. The narrow layout (for phones) is the same
 * diagram in one column, with the lane named in each step box.
 */

export interface DiagramOptions {
  /** `wide`: a column per lane; `narrow`: one column for a phone screen. */
  mode: 'wide' | 'narrow';
  /** Lanes to put at the right-hand end (e.g. the patient's), in this order. */
  lastLanes?: readonly string[];
  /**
   * Widest the wide layout may be: its lanes share this width when a lane each at full width
   * would be wider (so that the diagram, shrunk to a printed page, keeps its text readable).
   */
  maxWidth?: number;
}

/** Thrown when a branch points at a step the pathway does not have. */
export class UnknownStepError extends Error {
  constructor(stepId: string, next: string) {
    super(`Trinnet «${stepId}» har en forgrening til «${next}», som ikke er et trin i forløbet`);
    this.name = 'UnknownStepError';
  }
}

const SIZES = {
  wide: { laneWidth: 184, inset: 6 },
  // The width of a 320 px screen less the page's margins: the phone layout is never shrunk.
  narrow: { laneWidth: 288, inset: 4 },
} as const;
const PADDING = 7;
const ROW_GAP = 20;

function checkBranches(steps: readonly DiagramStepInput[]): void {
  const ids = new Set(steps.map((step) => step.id));
  for (const step of steps) {
    for (const branch of step.branches) {
      if (branch.next !== undefined && !ids.has(branch.next)) {
        throw new UnknownStepError(step.id, branch.next);
      }
    }
  }
}

function laneBoxes(
  keys: readonly string[],
  labelOf: (key: string) => string,
  laneWidth: number,
): DiagramLaneBox[] {
  return keys.map((key, index) => {
    const label = measure([{ role: 'eyebrow', text: labelOf(key) }], laneWidth, PADDING);
    const x = index * laneWidth;
    return {
      key,
      x,
      y: 0,
      width: laneWidth,
      height: label.height,
      label: label.lines.map((line) => ({ ...line, x: line.x + x })),
    };
  });
}

/** Lays out the steps of one pathway. Throws `UnknownStepError` for a branch to a missing step. */
export function layoutPathwayDiagram(
  steps: readonly DiagramStepInput[],
  lanes: readonly DiagramLane[],
  texts: DiagramTexts,
  options: DiagramOptions,
): DiagramLayout {
  checkBranches(steps);
  const single = options.mode === 'narrow';
  const { inset } = SIZES[options.mode];
  const labels = new Map(lanes.map((lane) => [lane.key, lane.label]));
  const laneLabel = (key: string) => labels.get(key) ?? key;
  const keys = laneOrder(steps, options.lastLanes);
  const laneWidth = single
    ? SIZES.narrow.laneWidth
    : Math.min(SIZES.wide.laneWidth, Math.floor((options.maxWidth ?? Infinity) / keys.length));
  const column = new Map(keys.map((key, index) => [key, index]));
  const grid: RowGrid = {
    laneX: (key) => (single ? 0 : (column.get(key) ?? 0) * laneWidth),
    laneLabel,
    laneWidth,
    width: single ? laneWidth : keys.length * laneWidth,
    inset,
    padding: PADDING,
    single,
  };
  const headers = single ? [] : laneBoxes(keys, laneLabel, laneWidth);
  const headerHeight = Math.max(0, ...headers.map((header) => header.height));
  const numberOf = new Map(steps.map((step, index) => [step.id, index + 1]));
  const titleOf = new Map(steps.map((step) => [step.id, step.title]));
  const layout: DiagramLayout = {
    width: single ? laneWidth : keys.length * laneWidth,
    height: 0,
    lanes: [],
    nodes: [],
    edges: [],
    decisions: [],
    top: headerHeight,
    rowCuts: [],
    innerCuts: [],
  };
  let top = headerHeight + 12;
  let previous: { id: string; from: ReturnType<typeof bottomCentre>; bottom: number } | undefined;
  steps.forEach((step, index) => {
    const row = layoutRow(step, top, {
      number: index + 1,
      numberOf,
      titleOf,
      following: steps[index + 1]?.id,
      texts,
      grid,
    });
    const box = row.nodes[0];
    // Cut just under the previous row, so the arrow's turn below it stays whole in one slice.
    if (previous) layout.rowCuts.push(previous.bottom + 3);
    if (previous && box) {
      layout.edges.push({
        id: `${previous.id}__seq`,
        kind: 'sequence',
        points: elbow(previous.from, topCentre(box), previous.bottom + ROW_GAP / 2),
      });
    }
    layout.innerCuts.push(...row.cuts);
    layout.nodes.push(...row.nodes);
    layout.edges.push(...row.edges);
    if (row.decision) layout.decisions.push(row.decision);
    previous = { id: step.id, from: bottomCentre(row.onwardFrom), bottom: row.bottom };
    top = row.bottom + ROW_GAP;
  });
  layout.height = Math.ceil(top - ROW_GAP + 12);
  layout.lanes = headers.map((header) => ({ ...header, height: layout.height }));
  return layout;
}
