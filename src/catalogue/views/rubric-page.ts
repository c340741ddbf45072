import { PARAMETERS, SCORE_LEVELS } from '../assessment-model';
import type { Rubric } from '../../schemas/rubric';
import type { Citation } from '../../schemas/citation';
import { overviewTexts, rubricTexts } from '../../i18n/cases';
import { parameterLabels, ui } from '../../i18n/da';

/**
 * Everything the rubric page («Om vurderingerne») shows: why the scores are derived, the
 * rule, and each parameter's definition, question and levels, from the rubric content file.
 */
export function rubricPageView(
  rubric: Rubric,
  catalogue: { id: string; shortTitle: string; lostInExtraction: readonly string[] } | undefined,
  links: { cases: string; source: (id: string) => string },
) {
  const citations: Citation[] = catalogue
    ? [{ source: { collection: 'sources', id: catalogue.id }, section: rubric.sourceSection }]
    : [];
  return {
    title: rubricTexts.title,
    description: rubricTexts.description,
    lead: rubricTexts.lead,
    breadcrumbs: {
      label: ui.breadcrumbsLabel,
      parent: { href: links.cases, label: overviewTexts.title },
    },
    lost:
      catalogue && catalogue.lostInExtraction.length > 0
        ? {
            href: links.source(catalogue.id),
            title: catalogue.shortTitle,
            items: catalogue.lostInExtraction,
          }
        : null,
    rule: rubric.rule,
    parameters: PARAMETERS.map((parameter) => {
      const entry = rubric.parameters[parameter];
      return {
        id: parameter,
        label: parameterLabels[parameter],
        definition: entry.definition,
        question: entry.question,
        caption: rubricTexts.levelsCaption(parameterLabels[parameter]),
        levels: SCORE_LEVELS.map((score, index) => ({ score, text: entry.levels[index] ?? '' })),
      };
    }),
    citations,
    backHref: links.cases,
  };
}
