/**
 * Types of the pathway swimlane diagram: what the page hands in (steps with their lanes) and what
 * the layout hands back (boxes, lines and text positioned in SVG user units).
 */

/** One way out of a step's decision, as the pathway lists it. */
export interface DiagramBranchInput {
  condition: string;
  next?: string | undefined;
  outcome?: string | undefined;
}

/** A step as the diagram needs it: ids replaced by display names and lane keys. */
export interface DiagramStepInput {
  id: string;
  title: string;
  /** Display names of the responsible actors, in the order the step lists them. */
  actors: readonly string[];
  /** The lane of each actor, in the same order (a sector key such as `kommune`). */
  actorLanes: readonly string[];
  branches: readonly DiagramBranchInput[];
}

/** One lane of the diagram: a sector, with its label as shown. */
export interface DiagramLane {
  key: string;
  label: string;
}

/** Words the diagram writes itself; the caller passes them in Danish. */
export interface DiagramTexts {
  step: (number: number) => string;
  decision: string;
  outcome: string;
  /** Joins a group of conditions that lead the same way, e.g. «Mindst én gælder:». */
  anyOf: string;
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

/**
 * `step` is a step; `share` marks another lane that takes part in the step; `exit` is one group
 * of decision conditions with where it leads.
 */
export type DiagramNodeKind = 'step' | 'share' | 'exit';

export interface DiagramNode extends Box {
  id: string;
  kind: DiagramNodeKind;
  /** The step the node belongs to. */
  stepId: string;
  /** 1-based number of that step. */
  stepNumber: number;
  /** The step the node links to: the step itself, or where an exit leads. */
  linkStepId: string;
  lines: TextLine[];
}

export interface DiagramEdge {
  id: string;
  /** `sequence` leads on to the next step; `decision` joins a step to its decision exits. */
  kind: 'sequence' | 'decision' | 'share';
  /** An orthogonal polyline; an arrow head goes at its end unless the kind is `share`. */
  points: Point[];
}

/** A decision mark under a step: a diamond at `x`, `y` (its centre). */
export interface DiagramDecision {
  stepId: string;
  x: number;
  y: number;
  /** Label written beside the diamond. */
  label: TextLine;
}

/** A lane's column (wide layout) with its heading. */
export interface DiagramLaneBox extends Box {
  key: string;
  label: TextLine[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  lanes: DiagramLaneBox[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  decisions: DiagramDecision[];
  /** y where the rows begin, under the lane headings (0 in the narrow layout, which has none). */
  top: number;
  /** y of the line between each pair of rows (the middle of the gap), where the diagram may be cut. */
  rowCuts: number[];
  /**
   * y of lines inside a row, between the ways out of its decision, where a tall row may be cut
   * too (a printed page then need not leave room for the whole row).
   */
  innerCuts: number[];
}

/**
 * Font sizes and line height used for measuring; the SVG must draw text at the same sizes. No
 * size is under 12: drawn at least at its own size, the diagram's text is 12 px or more.
 */
export const DIAGRAM_FONT = {
  eyebrow: 12,
  title: 13,
  meta: 12,
  label: 12,
  body: 12,
  lineHeight: 1.3,
} as const;

/** The smallest of the diagram's font sizes. */
export const SMALLEST_FONT = Math.min(
  DIAGRAM_FONT.eyebrow,
  DIAGRAM_FONT.title,
  DIAGRAM_FONT.meta,
  DIAGRAM_FONT.label,
  DIAGRAM_FONT.body,
);
