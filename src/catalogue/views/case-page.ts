import { PARAMETERS, TOTAL_MAX, type Parameter } from '../assessment-model';
import type { CaseRecord, ScoreEntry } from '../case-record';
import type { CaseSections } from '../../schemas/case';
import type { Citation } from '../../schemas/citation';
import { assessCurrency, formatDate, formatSourceDate } from '../../text/dates';
import { CASE_SECTION_ORDER, caseSectionLabels, caseTexts, overviewTexts } from '../../i18n/cases';
import { evidenceText } from '../evidence';
import { ui } from '../../i18n/da';

/**
 * Everything a case page shows, ready-made: the facts, the currency notice, the assessment
 * with the words that decide each score, the sections and the related pathways. Pure: the
 * page passes in the record, the main source's date, the build date and the links.
 */

interface CasePageInput {
  record: CaseRecord;
  sections: CaseSections;
  citations: readonly Citation[];
  /** The main source's date and precision, when the case has a main source. */
  sourceDate?: { date: Date; precision: 'day' | 'month' | 'year' } | undefined;
  today: Date;
  casesHref: string;
  rubricHref: string;
  pathways: readonly { href: string; title: string }[];
}

export interface Fact {
  term: string;
  value: string | readonly string[];
  detail?: string;
}

export interface AssessmentItem extends ScoreEntry {
  /** Heading id, e.g. `vurdering-effect`. */
  id: string;
  scoreText: string;
  /** The deciding words, each in quotation marks, joined by an ellipsis. */
  evidenceText: string;
  levelLabel: string;
  /** Said when the case text, not the written assessment, settled the score. */
  basisNote: string | null;
}

/** The id of a parameter's section on a case page (the catalogue links to it). */
const assessmentId = (parameter: Parameter) => `vurdering-${parameter}`;

function facts(record: CaseRecord, sourceDateText: string | undefined): Fact[] {
  const f = caseTexts.facts;
  const list: Fact[] = [
    {
      term: f.diseaseArea,
      value: record.conditionText,
      detail: `(${record.diseaseAreaLabels.join(', ')})`,
    },
    { term: f.targetGroup, value: record.targetGroup },
    { term: f.interventionType, value: record.interventionType },
    { term: f.organisations, value: record.organisations },
    { term: f.regions, value: record.regionLabels.join(', ') },
    { term: f.sectors, value: record.sectorLabels.join(', ') },
    { term: f.status, value: record.statusLabel },
    { term: f.period, value: record.period ?? caseTexts.notStated },
  ];
  if (sourceDateText) {
    list.push({
      term: f.sourceDate,
      value: sourceDateText,
      detail: caseTexts.currency.dated(sourceDateText),
    });
  }
  return list;
}

export function casePageView(input: CasePageInput) {
  const { record } = input;
  const t = caseTexts.assessment;
  const sourceDateText = input.sourceDate
    ? formatSourceDate(input.sourceDate.date, input.sourceDate.precision)
    : undefined;
  const currency = input.sourceDate
    ? assessCurrency({ sourceDate: input.sourceDate.date, today: input.today })
    : undefined;
  const items: AssessmentItem[] = PARAMETERS.map((parameter) => {
    const entry = record.scores[parameter];
    return {
      ...entry,
      id: assessmentId(parameter),
      scoreText: caseTexts.scoreOf(entry.score),
      evidenceText: evidenceText(entry.evidence),
      levelLabel: t.level(entry.score),
      basisNote: entry.basis === 'case-text' ? t.caseTextBasis : null,
    };
  });
  const sections = CASE_SECTION_ORDER.map((key) => ({
    id: `afsnit-${key}`,
    label: caseSectionLabels[key],
    text: input.sections[key],
  }));
  return {
    title: record.title,
    summary: record.summary,
    breadcrumbs: {
      label: ui.breadcrumbsLabel,
      parent: { href: input.casesHref, label: overviewTexts.title },
    },
    searchFilters: {
      sygdomsområde: record.diseaseAreaLabels,
      region: record.regionLabels,
      sektor: record.sectorLabels,
      status: [record.statusLabel],
    },
    currency:
      currency?.sourceIsOld && sourceDateText
        ? {
            heading: caseTexts.currency.heading,
            text: caseTexts.currency.text(currency.sourceAgeYears),
            computed: caseTexts.currency.computed(formatDate(input.today)),
          }
        : null,
    toc: [
      { id: 'noeglefakta', label: caseTexts.facts.heading },
      { id: 'vurdering', label: t.heading },
      ...sections.map(({ id, label }) => ({ id, label })),
      ...(input.pathways.length > 0
        ? [{ id: 'relaterede-forloeb', label: caseTexts.relatedPathways }]
        : []),
      { id: 'kilder', label: ui.citation.sources },
    ],
    facts: facts(record, sourceDateText),
    assessment: {
      rubricHref: input.rubricHref,
      chart: {
        series: [{ name: record.title, scores: items.map((item) => item.score) }],
        title: t.chartTitle(record.title),
        description: t.chartDesc(
          items.map((i) => `${i.label} ${i.score} (${i.provenanceLabel.toLowerCase()})`).join(', '),
        ),
        totalProvenance: record.totalProvenance,
      },
      table: {
        caption: t.tableCaption(record.title, record.totalProvenance === 'derived'),
        total: `${record.total} ${t.totalOf(TOTAL_MAX)}`,
        totalProvenance: record.totalProvenance,
      },
      items,
    },
    sections,
    pathways: input.pathways,
    citations: input.citations,
  };
}

export type CasePageView = ReturnType<typeof casePageView>;
