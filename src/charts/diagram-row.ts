import { drawingOrder, groupBranches, type BranchGroup } from './diagram-branches';
import { primaryLane, sharedLanes } from './diagram-lanes';
import { measure, offsetLines, round, type TextBlock } from './diagram-measure';
import { bottomCentre, railTo, topCentre } from './diagram-route';
import type {
  Box,
  DiagramDecision,
  DiagramEdge,
  DiagramNode,
  DiagramStepInput,
  DiagramTexts,
} from './diagram-types';

/**
 * Lays out one row of the swimlane diagram: a step's box in its lane, a «share» box in every
 * other lane that takes part, and under the step its decision with one exit per group of
 * conditions. Pure.
 */

/** Where the lanes are and how big things are; the layout passes it to every row. */
export interface RowGrid {
  /** x of a lane's left edge, by lane key. */
  laneX: (key: string) => number;
  /** Label of a lane, by key. */
  laneLabel: (key: string) => string;
  laneWidth: number;
  /** Width of the whole diagram. */
  width: number;
  /** Space between a lane's edge and its boxes. */
  inset: number;
  padding: number;
  /** Narrow layout: one column, so the lane is named in each step box and no share boxes. */
  single: boolean;
}

/** Everything a row needs to know about the pathway around it. */
export interface RowContext {
  number: number;
  /** Steps by id with their 1-based number, for exits that jump. */
  numberOf: ReadonlyMap<string, number>;
  titleOf: ReadonlyMap<string, string>;
  following?: string | undefined;
  texts: DiagramTexts;
  grid: RowGrid;
}

export interface LaidOutRow {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  decision?: DiagramDecision | undefined;
  /** The box the arrow on to the next step leaves from. */
  onwardFrom: Box;
  /** Bottom of the lowest box in the row. */
  bottom: number;
  /** Lines between the row's ways out, below every other box of the row, where it may be cut. */
  cuts: number[];
}

/** Distance from a decision diamond's centre to its corners. */
export const DIAMOND_HALF = 9;
const RAIL = 12;

function node(
  base: Omit<DiagramNode, 'lines' | keyof Box>,
  blocks: readonly TextBlock[],
  x: number,
  y: number,
  width: number,
  padding: number,
): DiagramNode {
  const measured = measure(blocks, width, padding);
  return {
    ...base,
    x,
    y,
    width,
    height: measured.height,
    lines: offsetLines(measured.lines, x, y),
  };
}

function exitBlocks(group: BranchGroup, context: RowContext): TextBlock[] {
  const { texts } = context;
  const { conditions } = group;
  const blocks: TextBlock[] =
    conditions.length === 1
      ? [{ role: 'label', text: conditions[0] as string }]
      : [
          { role: 'eyebrow', text: texts.anyOf },
          ...conditions.map((text) => ({ role: 'label' as const, text: `• ${text}` })),
        ];
  if (group.next !== undefined && group.next !== context.following) {
    const target = context.numberOf.get(group.next) as number;
    const say = target > context.number ? texts.forwardTo : texts.backTo;
    blocks.push({ role: 'body', text: say(target, context.titleOf.get(group.next) ?? '') });
  }
  if (group.outcome !== undefined) {
    blocks.push({
      role: 'body',
      text: `${texts.outcome}: ${group.outcome}`,
    });
  }
  return blocks;
}

/** Lays out the row of `step`, starting at `top`. */
export function layoutRow(step: DiagramStepInput, top: number, context: RowContext): LaidOutRow {
  const { grid, number, texts } = context;
  const lane = primaryLane(step);
  const x = grid.laneX(lane) + grid.inset;
  const width = grid.laneWidth - 2 * grid.inset;
  const inLane = (key: string) => step.actors.filter((_, index) => step.actorLanes[index] === key);
  const base = { stepId: step.id, stepNumber: number, linkStepId: step.id };
  const box = node(
    { ...base, id: step.id, kind: 'step' },
    [
      {
        role: 'eyebrow',
        text: grid.single ? `${texts.step(number)} · ${grid.laneLabel(lane)}` : texts.step(number),
      },
      { role: 'title', text: step.title },
      { role: 'meta', text: (grid.single ? step.actors : inLane(lane)).join(', ') },
    ],
    x,
    top,
    width,
    grid.padding,
  );
  const nodes: DiagramNode[] = [box];
  const edges: DiagramEdge[] = [];
  if (!grid.single) {
    for (const key of sharedLanes(step)) {
      const share = node(
        { ...base, id: `${step.id}__${key}`, kind: 'share' },
        [{ role: 'meta', text: inLane(key).join(', ') }],
        grid.laneX(key) + grid.inset,
        top,
        width,
        grid.padding,
      );
      nodes.push(share);
      const y = round(top + Math.min(share.height, box.height) / 2);
      const leftToRight = share.x > box.x;
      edges.push({
        id: `${share.id}__line`,
        kind: 'share',
        points: [
          { x: leftToRight ? box.x + box.width : box.x, y },
          { x: leftToRight ? share.x : share.x + share.width, y },
        ],
      });
    }
  }
  const groups = drawingOrder(groupBranches(step.branches), context.following);
  let onwardFrom: Box = box;
  let decision: DiagramDecision | undefined;
  const [only] = groups;
  if (groups.length === 1 && only && only.next !== undefined && only.next === context.following) {
    // A single way on to the next step is a condition on the arrow, not a decision.
    const label = node(
      {
        ...base,
        id: `${step.id}__exit0`,
        kind: 'exit',
        linkStepId: only.next,
      },
      exitBlocks(only, context),
      x + RAIL,
      box.y + box.height + 12,
      width - 2 * RAIL,
      grid.padding,
    );
    nodes.push(label);
    edges.push({
      id: `${label.id}__in`,
      kind: 'sequence',
      points: [bottomCentre(box), topCentre(label)],
    });
    onwardFrom = label;
  } else if (groups.length > 0) {
    const centre = { x: round(x + width / 2), y: round(box.y + box.height + 10 + DIAMOND_HALF) };
    decision = {
      stepId: step.id,
      ...centre,
      label: {
        text: texts.decision,
        x: centre.x + DIAMOND_HALF + 6,
        y: centre.y + 4,
        role: 'meta',
      },
    };
    edges.push({
      id: `${step.id}__decision`,
      kind: 'decision',
      points: [bottomCentre(box), { x: centre.x, y: centre.y - DIAMOND_HALF }],
    });
    let y = centre.y + DIAMOND_HALF + 8;
    // Below the step, the next lane is empty: a way out may take its width too, so that long
    // conditions stay a few lines tall (not in the last lane, nor beside a taller share box).
    const wideRight = Math.min(x + width + grid.laneWidth, grid.width - grid.inset);
    const roomBeside =
      !grid.single &&
      nodes.every((other) => other.x + other.width <= x + width || other.y + other.height <= y);
    const exitWidth = (roomBeside ? wideRight - x : width) - RAIL;
    groups.forEach((group, index) => {
      const exit = node(
        {
          ...base,
          id: `${step.id}__exit${index}`,
          kind: 'exit',
          linkStepId: group.next ?? step.id,
        },
        exitBlocks(group, context),
        x + RAIL,
        y,
        exitWidth,
        grid.padding,
      );
      nodes.push(exit);
      edges.push({
        id: `${exit.id}__in`,
        kind: 'decision',
        points: railTo({ x: centre.x - DIAMOND_HALF, y: centre.y }, x + RAIL / 2 - 2, {
          x: exit.x,
          y: round(exit.y + Math.min(exit.height / 2, 14)),
        }),
      });
      onwardFrom = exit;
      y = exit.y + exit.height + 6;
    });
  }
  const bottom = Math.max(...nodes.map((each) => each.y + each.height));
  const above = Math.max(...nodes.filter((n) => n.kind !== 'exit').map((n) => n.y + n.height));
  const exits = nodes.filter((each) => each.kind === 'exit');
  const cuts = exits
    .slice(1)
    .map((exit) => exit.y - 3)
    .filter((y) => y > above);
  return { nodes, edges, decision, onwardFrom, bottom, cuts };
}
