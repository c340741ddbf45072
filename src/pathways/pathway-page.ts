import type { CollectionEntry } from 'astro:content';
import { COLLECTIONS } from '../content/collections';
import type { SearchType } from '../i18n/search';
import { diseaseAreaLabels, regionLabels, sectorLabels } from '../i18n/da';
import { pathwayTexts } from '../i18n/pathways';
import { assessCurrency, formatDate, formatSourceDate, isoDay } from '../text/dates';
import type { SiteData } from '../content/site-data';
import { byId } from '../content/site-data';
import { href, paths } from '../site/urls';
import { citationList, type CitationView, type Link } from './links';
import { pathwayDiagram, type PathwayDiagramView } from './pathway-diagram';
import { stepViews, type StepView } from './pathway-steps';
import { actorIdsOf, scopeText, tabTitle } from './pathway-view';
import { choiceOptions, type ChoiceOption } from './step-filter';

/**
 * Everything a pathway page shows, ready-made: «Kort fortalt», the facts, one review date, the
 * diagram in both layouts, the steps, links to the background and data sub-pages and the
 * responsibility tables, related cases, sources and the review date printed on paper. Pure.
 */

export interface DateView {
  iso: string;
  text: string;
}

export interface PathwayPageView {
  id: string;
  title: string;
  tabTitle: string;
  summary: string;
  search: { type: SearchType; filters: Record<string, string[]> };
  inBrief: readonly string[];
  facts: { condition: string; scope: string; audience: readonly string[]; source: Link };
  review: { reviewed: DateView; sourceDate: DateView; nextReview: DateView; warnings: string[] };
  diagram: PathwayDiagramView;
  steps: StepView[];
  /** «Vis trin for …»: the actors and sectors to choose from, and the actor pages without JS. */
  filter: { actors: ChoiceOption[]; sectors: ChoiceOption[]; actorPages: Link[] };
  more: (Link & { lead: string })[];
  cases: (Link & { summary: string })[];
  citations: CitationView[];
  /** The last review, for the layout's print facts. */
  reviewedOn: Date;
}

export interface PathwayPageInput {
  pathway: CollectionEntry<'pathways'>;
  data: Pick<SiteData, 'actors' | 'sources' | 'responsibilities'>;
  cases: readonly CollectionEntry<'cases'>[];
  today: Date;
}

/** Whether a pathway has a background sub-page (its MDX body is not empty). */
export function hasBackground(pathway: { body?: string | undefined }): boolean {
  return (pathway.body ?? '').trim() !== '';
}

/** The review facts; the source's date is the main source's own, never a copy in the pathway. */
function reviewView(
  pathway: CollectionEntry<'pathways'>['data'],
  source: Pick<CollectionEntry<'sources'>['data'], 'date' | 'datePrecision'>,
  today: Date,
) {
  const texts = pathwayTexts.currency;
  const currency = assessCurrency({
    sourceDate: source.date,
    nextReview: pathway.nextReview,
    today,
  });
  return {
    reviewed: { iso: isoDay(pathway.reviewed), text: formatDate(pathway.reviewed) },
    sourceDate: {
      iso: isoDay(source.date),
      text: formatSourceDate(source.date, source.datePrecision),
    },
    nextReview: { iso: isoDay(pathway.nextReview), text: formatDate(pathway.nextReview) },
    warnings: [
      ...(currency.sourceIsOld ? [texts.oldSource(currency.sourceAgeYears)] : []),
      ...(currency.reviewOverdue ? [texts.overdue(formatDate(pathway.nextReview))] : []),
    ],
  };
}

function moreLinks(pathway: CollectionEntry<'pathways'>, data: PathwayPageInput['data']) {
  const texts = pathwayTexts.more;
  return [
    ...(hasBackground(pathway)
      ? [
          {
            href: href(paths.pathwayBackground(pathway.id)),
            text: texts.background,
            lead: texts.backgroundLead,
          },
        ]
      : []),
    ...pathway.data.relatedTables.map((ref) => ({
      href: href(paths.responsibility(ref.id)),
      text: texts.table(byId(data.responsibilities, ref.id).data.title),
      lead: texts.tableLead,
    })),
    ...(pathway.data.relatedDatasets.length > 0
      ? [{ href: href(paths.pathwayData(pathway.id)), text: texts.data, lead: texts.dataLead }]
      : []),
  ];
}

export function pathwayPage(input: PathwayPageInput): PathwayPageView {
  const { pathway, data } = input;
  const { title, summary, region, steps, sources } = pathway.data;
  const mainSource = byId(data.sources, (sources[0] as (typeof sources)[number]).source.id);
  const actorIds = actorIdsOf(steps);
  const stepActors = actorIds.map((id) => byId(data.actors, id).data);
  const review = reviewView(pathway.data, mainSource.data, input.today);
  const stepList = stepViews(steps, data.actors, data.sources);
  return {
    id: pathway.id,
    title,
    tabTitle: tabTitle(title),
    summary,
    search: {
      type: COLLECTIONS.pathways.searchType,
      filters: {
        sygdomsområde: pathway.data.diseaseAreas.map((area) => diseaseAreaLabels[area]),
        ...(region ? { region: [regionLabels[region]] } : {}),
        sektor: [...new Set(stepActors.map((actor) => sectorLabels[actor.sector]))],
        aktør: stepActors.map((actor) => actor.name),
      },
    },
    inBrief: pathway.data.inBrief ?? [],
    facts: {
      condition: pathway.data.condition,
      scope: scopeText(pathway.data.scope, region),
      audience: pathway.data.audience,
      source: { href: href(paths.source(mainSource.id)), text: mainSource.data.title },
    },
    review,
    diagram: pathwayDiagram(title, steps, data.actors),
    steps: stepList,
    filter: {
      ...choiceOptions(
        stepList.map((step) => step.participants),
        (id) => byId(data.actors, id).data.name,
        (key) => sectorLabels[key as keyof typeof sectorLabels],
      ),
      actorPages: stepActors.map((actor, index) => ({
        href: href(paths.actor(actorIds[index] as string)),
        text: actor.name,
      })),
    },
    more: moreLinks(pathway, data),
    cases: input.cases.map((entry) => ({
      href: href(paths.case(entry.id)),
      text: entry.data.title,
      summary: entry.data.summary,
    })),
    citations: citationList(sources, data.sources),
    reviewedOn: pathway.data.reviewed,
  };
}
