import type { CollectionEntry } from 'astro:content';
import { phaseLabels } from '../i18n/da';
import { pathwayTexts } from '../i18n/pathways';
import { actorLinks, inlineCitation, type InlineCitationView, type Link } from './links';
import { asSentence, stepAnchor } from './pathway-view';
import type { StepParticipants } from './step-filter';
import { byId } from '../content/site-data';

/**
 * The step list of a pathway page, the diagram's text equivalent: each step with its number,
 * phase, responsible actors as links, description, decision and citation, ready to render. Pure.
 */

export interface DecisionView {
  condition: string;
  /** The step the branch continues with, as an in-page link. */
  target?: Link | undefined;
  outcome?: string | undefined;
}

export interface StepView {
  anchor: string;
  number: number;
  title: string;
  phase: string;
  /** «Ansvarlig» or «Ansvarlige». */
  actorsLabel: string;
  actors: Link[];
  description: string;
  /** Ids of the step's actors and their sectors, for showing one actor's own steps. */
  participants: StepParticipants;
  decisions: DecisionView[];
  citation?: InlineCitationView | undefined;
}

export function stepViews(
  steps: CollectionEntry<'pathways'>['data']['steps'],
  actors: readonly CollectionEntry<'actors'>[],
  sources: readonly CollectionEntry<'sources'>[],
): StepView[] {
  const texts = pathwayTexts.steps;
  const byStep = new Map(steps.map((step, index) => [step.id, { step, number: index + 1 }]));
  return steps.map((step, index) => ({
    anchor: stepAnchor(step.id),
    number: index + 1,
    title: step.title,
    phase: phaseLabels[step.phase],
    actorsLabel: step.actors.length === 1 ? texts.actors : texts.actorsMany,
    actors: actorLinks(
      step.actors.map((ref) => ref.id),
      actors,
    ),
    description: step.description,
    participants: participantsOf(step, actors),
    decisions: step.branches.map((branch) => {
      const target = branch.next === undefined ? undefined : byStep.get(branch.next);
      return {
        condition: asSentence(branch.condition),
        target: target && {
          href: `#${stepAnchor(target.step.id)}`,
          text: texts.goTo(target.number, target.step.title),
        },
        outcome: branch.outcome,
      };
    }),
    citation: step.citation && inlineCitation(step.citation, sources),
  }));
}

/** The ids of a step's actors and of their sectors (each sector once). */
export function participantsOf(
  step: { actors: readonly { id: string }[] },
  actors: readonly CollectionEntry<'actors'>[],
): StepParticipants {
  const ids = step.actors.map((ref) => ref.id);
  return {
    actors: ids,
    sectors: [...new Set(ids.map((id) => byId(actors, id).data.sector))],
  };
}
