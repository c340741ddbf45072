import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Phase } from '../schemas/vocabulary';
import { layoutInWorker } from './elk-worker';
import { wrapToWidth, type FontWeight } from '../text/text-wrap';

/**
 * Lays a pathway out as a top-to-bottom flow diagram, at build time, with elkjs.
 *
 * The steps form one column in the order they are listed (each step gets its own ELK
 * partition, so the layered algorithm can never reorder them). Each branch becomes an
 * edge whose condition is drawn on the edge: the condition is laid out as a node of its own
 * on the edge's path, so ELK reserves room for the text and no label ever covers a box.
 * A branch to the next step points at that step; a branch that ends the pathway points at
 * an «Udfald» box; a branch to any other step points at a small «Videre til trin N» box right
 * under the step instead of a long edge across the diagram. That keeps the diagram about
 * one box wide, so it stays readable on a phone. Consecutive steps in the same phase share
 * a background band, which gives the diagram its phase lanes.
 *
 * The module is pure apart from running ELK: same steps in, same layout out.
 */

export interface DiagramBranchInput {
  condition: string;
  next?: string | undefined;
  outcome?: string | undefined;
}

export interface DiagramStepInput {
  id: string;
  title: string;
  phase: Phase;
  /** Label of the phase as shown, e.g. «Udredning og behovsvurdering». */
  phaseLabel: string;
  /** Display names of the responsible actors. */
  actors: readonly string[];
  branches: readonly DiagramBranchInput[];
}

/** Words the diagram writes itself; the caller passes them in Danish. */
export interface DiagramTexts {
  step: (number: number) => string;
  outcome: string;
  forwardTo: (number: number, title: string) => string;
  backTo: (number: number, title: string) => string;
}

export interface Point {
  x: number;
  y: number;
}

export type TextRole = 'eyebrow' | 'title' | 'meta' | 'label' | 'body';

/** One line of text, positioned by its baseline start. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  role: TextRole;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type DiagramNodeKind = 'step' | 'outcome' | 'jump';

export interface DiagramNode extends Box {
  id: string;
  kind: DiagramNodeKind;
  /** The step the node is, or the step whose branch leads to it. */
  stepId: string;
  /** 1-based number of that step. */
  stepNumber: number;
  phase: Phase;
  /** For a jump box: the step the branch continues with. */
  targetStepId?: string | undefined;
  lines: TextLine[];
}

export interface DiagramEdge {
  id: string;
  /** `sequence` leads from a step to the next one; `branch` is a decision branch. */
  kind: 'sequence' | 'branch';
  /** Node ids. */
  from: string;
  to: string;
  /** Index of the branch within its step (branch edges only). */
  branchIndex?: number | undefined;
  /**
   * The drawn line as orthogonal polylines; the arrow head goes at the end of the last one.
   * A labelled edge has two: up to its label and on from it.
   */
  segments: Point[][];
  /** The condition written on the edge (branch edges only). */
  label?: (Box & { text: string; lines: TextLine[] }) | undefined;
}

/** A background band behind consecutive steps of the same phase. */
export interface DiagramBand {
  phase: Phase;
  phaseLabel: string;
  /** 1-based numbers of the first and last step in the band. */
  firstStep: number;
  lastStep: number;
  y: number;
  height: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  bands: DiagramBand[];
}

/** Font sizes and line height used for measuring; the SVG must draw text at the same sizes. */
export const DIAGRAM_FONT = {
  eyebrow: 11,
  title: 13,
  meta: 11,
  label: 11.5,
  body: 12,
  lineHeight: 1.3,
} as const;

const WEIGHT: Record<TextRole, FontWeight> = {
  eyebrow: 'bold',
  title: 'bold',
  meta: 'regular',
  label: 'regular',
  body: 'regular',
};

export interface DiagramOptions {
  /** Width of a step box. */
  stepWidth?: number;
  /** Width of outcome and jump boxes and of edge labels. */
  sideWidth?: number;
  /** Padding inside boxes. */
  padding?: number;
}

const DEFAULTS = { stepWidth: 250, sideWidth: 220, padding: 8 } as const;

/** Thrown when a branch points at a step the pathway does not have. */
export class UnknownStepError extends Error {
  constructor(stepId: string, next: string) {
    super(`Trinnet «${stepId}» har en forgrening til «${next}», som ikke er et trin i forløbet`);
    this.name = 'UnknownStepError';
  }
}

interface TextBlock {
  role: TextRole;
  text: string;
}

interface Measured {
  width: number;
  height: number;
  /** Lines relative to the box's top-left corner. */
  lines: TextLine[];
}

/** Wraps text blocks into a box `width` wide and works out the box's height. */
function measure(blocks: readonly TextBlock[], width: number, padding: number): Measured {
  const inner = width - 2 * padding;
  const lines: TextLine[] = [];
  let y = padding;
  blocks.forEach((block, index) => {
    const size = DIAGRAM_FONT[block.role];
    const step = size * DIAGRAM_FONT.lineHeight;
    if (index > 0) y += 3;
    for (const text of wrapToWidth(block.text, inner, size, WEIGHT[block.role])) {
      // The baseline sits one font size below the top of the line.
      lines.push({ text, x: padding, y: round(y + size), role: block.role });
      y += step;
    }
  });
  return { width, height: Math.ceil(y + padding), lines };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function offsetLines(lines: readonly TextLine[], dx: number, dy: number): TextLine[] {
  return lines.map((line) => ({ ...line, x: round(line.x + dx), y: round(line.y + dy) }));
}

/** Lays out the steps of one pathway. Throws `UnknownStepError` for a branch to a missing step. */
export async function layoutPathwayDiagram(
  steps: readonly DiagramStepInput[],
  texts: DiagramTexts,
  options: DiagramOptions = {},
): Promise<DiagramLayout> {
  const { stepWidth, sideWidth, padding } = { ...DEFAULTS, ...options };
  const indexOf = new Map(steps.map((step, index) => [step.id, index]));
  for (const step of steps) {
    for (const branch of step.branches) {
      if (branch.next !== undefined && !indexOf.has(branch.next)) {
        throw new UnknownStepError(step.id, branch.next);
      }
    }
  }

  const children: ElkNode[] = [];
  const elkEdges: ElkExtendedEdge[] = [];
  const nodeInfo = new Map<string, Omit<DiagramNode, keyof Box | 'lines'> & Measured>();
  const labelInfo = new Map<string, Measured & { text: string }>();
  const edgeInfo: {
    id: string;
    kind: DiagramEdge['kind'];
    from: string;
    to: string;
    branchIndex?: number;
    label?: string;
  }[] = [];
  let partition = 0;
  const addNode = (id: string, measured: Measured) => {
    children.push({
      id,
      width: measured.width,
      height: measured.height,
      layoutOptions: { 'elk.partitioning.partition': String(partition++) },
    });
  };
  const addElkEdge = (id: string, source: string, target: string) => {
    elkEdges.push({ id, sources: [source], targets: [target] });
  };
  /** An edge with a label: two ELK edges through a node that holds the label text. */
  const addLabelledEdge = (id: string, source: string, target: string, text: string) => {
    const labelId = `${id}__label`;
    const measured = measure([{ role: 'label', text }], sideWidth, 4);
    labelInfo.set(labelId, { ...measured, text });
    addNode(labelId, measured);
    addElkEdge(`${id}__in`, source, labelId);
    addElkEdge(`${id}__out`, labelId, target);
  };

  // Nodes must be added in partition order, and a label before the node it leads to.
  const pending: (() => void)[] = [];
  steps.forEach((step, index) => {
    const number = index + 1;
    const measured = measure(
      [
        { role: 'eyebrow', text: `${texts.step(number)} · ${step.phaseLabel}` },
        { role: 'title', text: step.title },
        { role: 'meta', text: step.actors.join(', ') },
      ],
      stepWidth,
      padding,
    );
    // A label on the way into this step (from the previous step's branch) comes first.
    pending.splice(0).forEach((add) => add());
    addNode(step.id, measured);
    nodeInfo.set(step.id, {
      ...measured,
      id: step.id,
      kind: 'step',
      stepId: step.id,
      stepNumber: number,
      phase: step.phase,
    });

    const following = steps[index + 1];
    let leadsToNext = false;
    step.branches.forEach((branch, branchIndex) => {
      const edgeId = `${step.id}__b${branchIndex}`;
      const labelText =
        branch.next !== undefined && branch.outcome !== undefined
          ? `${branch.condition} (${branch.outcome})`
          : branch.condition;
      if (branch.next !== undefined && branch.next === following?.id) {
        leadsToNext = true;
        pending.push(() => addLabelledEdge(edgeId, step.id, branch.next as string, labelText));
        edgeInfo.push({
          id: edgeId,
          kind: 'branch',
          from: step.id,
          to: branch.next,
          branchIndex,
          label: labelText,
        });
        return;
      }
      const sideId = `${step.id}__n${branchIndex}`;
      let side: Measured;
      let targetStepId: string | undefined;
      if (branch.next !== undefined) {
        const target = indexOf.get(branch.next) as number;
        const targetStep = steps[target] as DiagramStepInput;
        targetStepId = targetStep.id;
        const say = target > index ? texts.forwardTo : texts.backTo;
        side = measure(
          [{ role: 'body', text: say(target + 1, targetStep.title) }],
          sideWidth,
          padding,
        );
      } else {
        side = measure(
          [
            { role: 'eyebrow', text: texts.outcome },
            { role: 'body', text: branch.outcome ?? '' },
          ],
          sideWidth,
          padding,
        );
      }
      addLabelledEdge(edgeId, step.id, sideId, labelText);
      addNode(sideId, side);
      nodeInfo.set(sideId, {
        ...side,
        id: sideId,
        kind: targetStepId === undefined ? 'outcome' : 'jump',
        stepId: step.id,
        stepNumber: number,
        phase: step.phase,
        targetStepId,
      });
      edgeInfo.push({
        id: edgeId,
        kind: 'branch',
        from: step.id,
        to: sideId,
        branchIndex,
        label: labelText,
      });
    });
    if (following && !leadsToNext) {
      const edgeId = `${step.id}__seq`;
      addElkEdge(edgeId, step.id, following.id);
      edgeInfo.push({ id: edgeId, kind: 'sequence', from: step.id, to: following.id });
    }
  });

  const input: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.partitioning.activate': 'true',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.nodePlacement.strategy': 'SIMPLE',
      'elk.layered.thoroughness': '1',
      'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
      'elk.layered.spacing.nodeNodeBetweenLayers': '18',
      'elk.spacing.nodeNode': '16',
      'elk.spacing.edgeNode': '12',
      'elk.spacing.edgeEdge': '10',
      'elk.layered.spacing.edgeNodeBetweenLayers': '8',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
    children,
    edges: elkEdges,
  };
  const graph = await layoutInWorker(input);

  const positioned = new Map((graph.children ?? []).map((child) => [child.id, child]));
  const boxOf = (id: string): Box => {
    const child = positioned.get(id);
    if (!child || child.x === undefined || child.y === undefined) {
      throw new Error(`ELK placerede ikke «${id}»`);
    }
    return {
      x: round(child.x),
      y: round(child.y),
      width: child.width ?? 0,
      height: child.height ?? 0,
    };
  };
  const routes = new Map(
    (graph.edges ?? []).map((edge) => [
      edge.id,
      (edge.sections ?? []).flatMap((section) => [
        section.startPoint,
        ...(section.bendPoints ?? []),
        section.endPoint,
      ]),
    ]),
  );
  const routeOf = (id: string): Point[] =>
    (routes.get(id) ?? []).map((point) => ({ x: round(point.x), y: round(point.y) }));

  const nodes: DiagramNode[] = [...nodeInfo.values()].map((info) => {
    const box = boxOf(info.id);
    return {
      id: info.id,
      kind: info.kind,
      stepId: info.stepId,
      stepNumber: info.stepNumber,
      phase: info.phase,
      targetStepId: info.targetStepId,
      ...box,
      lines: offsetLines(info.lines, box.x, box.y),
    };
  });

  const edges: DiagramEdge[] = edgeInfo.map((info) => {
    if (info.label === undefined) {
      return {
        id: info.id,
        kind: info.kind,
        from: info.from,
        to: info.to,
        segments: [routeOf(info.id)],
      };
    }
    const labelId = `${info.id}__label`;
    const box = boxOf(labelId);
    const measured = labelInfo.get(labelId) as Measured & { text: string };
    return {
      id: info.id,
      kind: info.kind,
      from: info.from,
      to: info.to,
      branchIndex: info.branchIndex,
      segments: [routeOf(`${info.id}__in`), routeOf(`${info.id}__out`)],
      label: { ...box, text: info.label, lines: offsetLines(measured.lines, box.x, box.y) },
    };
  });

  const width = Math.ceil(graph.width ?? 0);
  const height = Math.ceil(graph.height ?? 0);
  return { width, height, nodes, edges, bands: phaseBands(steps, nodes, height) };
}

/** Groups consecutive steps of the same phase into bands that run the full width. */
function phaseBands(
  steps: readonly DiagramStepInput[],
  nodes: readonly DiagramNode[],
  height: number,
): DiagramBand[] {
  const stepTop = new Map(nodes.filter((n) => n.kind === 'step').map((n) => [n.stepId, n.y]));
  const runs: { phase: Phase; phaseLabel: string; first: number; last: number }[] = [];
  steps.forEach((step, index) => {
    const run = runs.at(-1);
    if (run && run.phase === step.phase) run.last = index;
    else runs.push({ phase: step.phase, phaseLabel: step.phaseLabel, first: index, last: index });
  });
  const gap = 9;
  return runs.map((run, runIndex) => {
    const top = runIndex === 0 ? 0 : (stepTop.get(steps[run.first]?.id ?? '') ?? 0) - gap;
    const nextRun = runs[runIndex + 1];
    const bottom = nextRun ? (stepTop.get(steps[nextRun.first]?.id ?? '') ?? height) - gap : height;
    return {
      phase: run.phase,
      phaseLabel: run.phaseLabel,
      firstStep: run.first + 1,
      lastStep: run.last + 1,
      y: round(top),
      height: round(bottom - top),
    };
  });
}
