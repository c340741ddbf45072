import type { CaseRecord } from '../case-record';
import { compareTexts, overviewTexts } from '../../i18n/cases';
import { ui } from '../../i18n/da';
import { LIST_PAGE_SIZE } from '../../site/pagination';

/**
 * Everything the comparison page shows before the reader chooses: the choices and where the
 * browser fetches each chosen case's data (`ID` stands for the case's id). The page embeds
 * no case data, so it stays small however large the catalogue grows.
 *
 * Up to `listLimit` cases are listed as checkboxes. A longer catalogue gets the finder
 * instead (src/client/compare-finder.ts): the chosen cases and a name search over the compact
 * index (`links.index`), fetched on first use; without JavaScript, a link to the catalogue,
 * where cases are ticked for comparison.
 */
export function comparePageView(
  records: readonly Pick<CaseRecord, 'id' | 'title'>[],
  links: { cases: string; self: string; caseData: string; index: string },
  listLimit = LIST_PAGE_SIZE,
) {
  const listed = records.length <= listLimit;
  return {
    title: compareTexts.title,
    description: compareTexts.description,
    lead: compareTexts.lead,
    breadcrumbs: {
      label: ui.breadcrumbsLabel,
      parent: { href: links.cases, label: overviewTexts.title },
    },
    links,
    /** Where the finder fetches every case; null when every case is listed. */
    finderIndex: listed ? null : links.index,
    choices: (listed ? records : []).map((record) => ({
      id: record.id,
      title: record.title,
      inputId: `choose-${record.id}`,
    })),
  };
}
