import type { CaseRecord } from '../case-record';
import { compareTexts, overviewTexts } from '../../i18n/cases';
import { ui } from '../../i18n/da';

/**
 * Everything the comparison page shows before the reader chooses: the choices and where the
 * browser fetches each chosen case's data (`ID` stands for the case's id). The page embeds
 * no case data, so it stays small however large the catalogue grows.
 */
export function comparePageView(
  records: readonly Pick<CaseRecord, 'id' | 'title'>[],
  links: { cases: string; self: string; caseData: string },
) {
  return {
    title: compareTexts.title,
    description: compareTexts.description,
    lead: compareTexts.lead,
    breadcrumbs: {
      label: ui.breadcrumbsLabel,
      parent: { href: links.cases, label: overviewTexts.title },
    },
    links,
    choices: records.map((record) => ({
      id: record.id,
      title: record.title,
      inputId: `choose-${record.id}`,
    })),
  };
}
