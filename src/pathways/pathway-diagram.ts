import type { CollectionEntry } from 'astro:content';
import { layoutPathwayDiagram } from '../charts/diagram-layout';
import { headingSlice, rowSlices, type DiagramSlice } from '../charts/diagram-slices';
import { SMALLEST_FONT, type DiagramStepInput } from '../charts/diagram-types';
import { sectorLabels } from '../i18n/da';
import { pathwayTexts } from '../i18n/pathways';
import type { Sector } from '../schemas/vocabulary';
import { byId } from '../content/site-data';
import { participantsOf } from './pathway-steps';

/**
 * The swimlane diagram of a pathway page: the steps turned into the diagram's input (actor names
 * and sector lanes instead of ids) and laid out twice, wide for screens and paper, narrow for
 * phones, each cut into one slice per step. Pure.
 */

/** One step's row of the diagram, with who takes part in it (to show a reader's own steps). */
export interface DiagramRowView {
  stepId: string;
  /** Accessible name of the row. */
  title: string;
  /** Ids of the step's actors, and their sectors. */
  actors: readonly string[];
  sectors: readonly string[];
  slice: DiagramSlice;
}

export interface PathwayDiagramView {
  /** The wide layout: the lane headings apart, then a slice per step. */
  wide: {
    heading: DiagramSlice;
    rows: DiagramRowView[];
    /** Whether the whole diagram fits on one printed page (then it is not split). */
    fitsOnePage: boolean;
  };
  narrow: { rows: DiagramRowView[] };
  /** Number of lanes and of decisions in the diagram. */
  lanes: number;
  decisions: number;
  /** Accessible name and description of the diagram. */
  title: string;
  description: string;
}

/**
 * Width and height of the diagram on an A4 page in CSS pixels (the 182 by 267 mm text column,
 * less the page's side padding and room for the heading above the diagram), and the smallest
 * printed text: 8 pt. The wide layout is never wider than lets its smallest text print at 8 pt
 * when shrunk to the page's width.
 */
const PRINT_WIDTH = 656;
const PRINT_HEIGHT = 900;
const PRINT_SMALLEST_TEXT = (8 * 96) / 72;
const WIDE_MAX_WIDTH = Math.floor((PRINT_WIDTH * SMALLEST_FONT) / PRINT_SMALLEST_TEXT);

/** The patient's lane goes to the right-hand end, where the eye ends a row. */
const LAST_LANES: readonly Sector[] = ['borger'];

/** The diagram's input: each step with its actors' names and sectors. */
export function diagramSteps(
  steps: CollectionEntry<'pathways'>['data']['steps'],
  actors: readonly CollectionEntry<'actors'>[],
): DiagramStepInput[] {
  return steps.map((step) => {
    const stepActors = step.actors.map((ref) => byId(actors, ref.id).data);
    return {
      id: step.id,
      title: step.title,
      actors: stepActors.map((actor) => actor.name),
      actorLanes: stepActors.map((actor) => actor.sector),
      branches: step.branches.map((branch) => ({ ...branch })),
    };
  });
}

/** Both layouts of a pathway's diagram, with its accessible name and description. */
export function pathwayDiagram(
  title: string,
  steps: CollectionEntry<'pathways'>['data']['steps'],
  actors: readonly CollectionEntry<'actors'>[],
): PathwayDiagramView {
  const input = diagramSteps(steps, actors);
  const lanes = Object.entries(sectorLabels).map(([key, label]) => ({ key, label }));
  const texts = pathwayTexts.diagram;
  const wide = layoutPathwayDiagram(input, lanes, texts, {
    mode: 'wide',
    lastLanes: LAST_LANES,
    maxWidth: WIDE_MAX_WIDTH,
  });
  const narrow = layoutPathwayDiagram(input, lanes, texts, { mode: 'narrow' });
  const who = steps.map((step) => participantsOf(step, actors));
  const rows = (slices: ReturnType<typeof rowSlices>): DiagramRowView[] =>
    slices.map(({ row, ...slice }) => ({
      stepId: (steps[row] as (typeof steps)[number]).id,
      title: texts.row(row + 1, (steps[row] as (typeof steps)[number]).title),
      ...(who[row] as (typeof who)[number]),
      slice,
    }));
  return {
    wide: {
      heading: headingSlice(wide),
      rows: rows(rowSlices(wide)),
      fitsOnePage: (wide.height * PRINT_WIDTH) / wide.width <= PRINT_HEIGHT,
    },
    narrow: { rows: rows(rowSlices(narrow)) },
    lanes: wide.lanes.length,
    decisions: wide.decisions.length,
    title: texts.title(title),
    description: texts.desc(steps.length, wide.lanes.length, wide.decisions.length),
  };
}
