import type { CollectionEntry } from 'astro:content';
import { layoutPathwayDiagram } from '../charts/diagram-layout';
import { sliceLayout, type DiagramSlice } from '../charts/diagram-slices';
import type { DiagramLayout, DiagramStepInput } from '../charts/diagram-types';
import { sectorLabels } from '../i18n/da';
import { pathwayTexts } from '../i18n/pathways';
import type { Sector } from '../schemas/vocabulary';
import { byId } from '../content/site-data';

/**
 * The swimlane diagram of a pathway page: the steps turned into the diagram's input (actor names
 * and sector lanes instead of ids) and laid out twice, wide for screens and paper, narrow for
 * phones. Pure.
 */

export interface PathwayDiagramView {
  /** The wide layout in slices that each fit well within a printed page. */
  wide: DiagramSlice[];
  narrow: DiagramLayout;
  /** Number of lanes and of decisions in the diagram. */
  lanes: number;
  decisions: number;
  /** Accessible name and description of the diagram. */
  title: string;
  description: string;
}

/** Width of an A4 page's text column in CSS pixels (182 mm), and the tallest printed slice. */
const PRINT_WIDTH = 688;
const PRINTED_SLICE = 260;

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
  const wide = layoutPathwayDiagram(input, lanes, texts, { mode: 'wide', lastLanes: LAST_LANES });
  const narrow = layoutPathwayDiagram(input, lanes, texts, { mode: 'narrow' });
  return {
    wide: sliceLayout(wide, (PRINTED_SLICE * wide.width) / PRINT_WIDTH),
    narrow,
    lanes: wide.lanes.length,
    decisions: wide.decisions.length,
    title: texts.title(title),
    description: texts.desc(steps.length, wide.lanes.length, wide.decisions.length),
  };
}
