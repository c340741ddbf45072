import { diseaseAreaLabels } from '../i18n/da';
import { pathwayIndexTexts } from '../i18n/pathways';
import { assessCurrency, formatSourceDate, isoDay } from '../text/dates';
import { byId, type SiteData } from '../content/site-data';
import { href, paths } from '../site/urls';
import type { Link } from './links';
import { scopeText } from './pathway-view';

/**
 * The pathway list page: one card per pathway with its facts and any currency warning. Pure.
 */

export interface PathwayCardView {
  link: Link;
  summary: string;
  condition: string;
  scope: string;
  sourceDate: { iso: string; text: string; source: string };
  diseaseAreas: string;
  steps: string;
  warning?: string | undefined;
}

export function pathwayList(
  data: Pick<SiteData, 'pathways' | 'sources'>,
  today: Date,
): PathwayCardView[] {
  const texts = pathwayIndexTexts;
  return data.pathways.map((pathway) => {
    const source = byId(
      data.sources,
      (pathway.data.sources[0] as { source: { id: string } }).source.id,
    );
    const currency = assessCurrency({
      sourceDate: pathway.data.sourceDate,
      nextReview: pathway.data.nextReview,
      today,
    });
    return {
      link: { href: href(paths.pathway(pathway.id)), text: pathway.data.title },
      summary: pathway.data.summary,
      condition: pathway.data.condition,
      scope: scopeText(pathway.data.scope, pathway.data.region),
      sourceDate: {
        iso: isoDay(pathway.data.sourceDate),
        text: formatSourceDate(pathway.data.sourceDate, source.data.datePrecision),
        source: `(${source.data.shortTitle})`,
      },
      diseaseAreas: pathway.data.diseaseAreas.map((area) => diseaseAreaLabels[area]).join(', '),
      steps: texts.steps(pathway.data.steps.length),
      warning: currency.sourceIsOld
        ? texts.oldSource(currency.sourceAgeYears)
        : currency.reviewOverdue
          ? texts.overdue
          : undefined,
    };
  });
}
