import type { CollectionName } from '../content/collections';
import { caseSectionLabels, caseStatusLabels } from './cases';
import {
  diseaseAreaLabels,
  parameterLabels,
  phaseLabels,
  provenanceLabels,
  regionLabels,
  scopeLabels,
  sectorLabels,
} from './da';
import { sourceKindLabels } from './pages';
import { actorTexts } from './pathways';

/**
 * Danish texts for the editors' tools: the CMS at /admin/, the review list and the
 * feedback link. Part of the one place for UI strings (see `da.ts`).
 */

/** Collection names as editors see them: plural, singular. */
export const cmsCollectionLabels: Record<CollectionName, [plural: string, singular: string]> = {
  pathways: ['Forløb', 'Forløb'],
  cases: ['Cases', 'Case'],
  responsibilities: ['Ansvarstabeller', 'Ansvarstabel'],
  datasets: ['Taltabeller', 'Taltabel'],
  actors: ['Aktører', 'Aktør'],
  sources: ['Kilder', 'Kilde'],
  rubric: ['Vurderingsnøgle', 'Vurderingsnøgle'],
  synonyms: ['Søgeord og synonymer', 'Synonymgruppe'],
};

/** Field labels by field name; the same name means the same thing in every collection. */
export const cmsFieldLabels: Record<string, string> = {
  ...caseSectionLabels,
  ...parameterLabels,
  title: 'Titel',
  inBrief: 'Kort fortalt',
  url: 'Dokumentets adresse (kun hvis kilden selv oplyser den)',
  aboutDocument: 'Hvad dokumentet siger om sig selv',
  heading: 'Overskrift',
  paragraphs: 'Afsnit',
  items: 'Punkter',
  sourceSection: 'Afsnit i kataloget',
  rule: 'Reglen for en score',
  parameters: 'Parametrene',
  definition: 'Katalogets definition',
  question: 'Spørgsmålet til vurderingen',
  levels: 'Niveauer (1 til 4)',
  terms: 'Ord, der betyder det samme',
  misspellings: 'Almindelige stavefejl',
  evidence: 'Ordene i katalogets vurdering, der afgør scoren',
  basis: 'Hvad afgjorde scoren',
  shortTitle: 'Kort titel',
  publisher: 'Udgiver',
  date: 'Dato',
  datePrecision: 'Datoens præcision',
  kind: 'Type',
  scope: 'Gyldighed',
  region: 'Region',
  summary: 'Resumé',
  seedFile: 'Kildefil',
  lostInExtraction: 'Dele af dokumentet, der ikke kunne læses',
  name: 'Navn',
  sector: 'Sektor',
  description: 'Beskrivelse',
  sources: 'Kilder',
  condition: 'Tilstand eller betingelse',
  diseaseAreas: 'Sygdomsområder',
  audience: 'Målgrupper',
  sourceDate: 'Kildens dato (hentes fra kilden; udfyld ikke)',
  reviewed: 'Senest gennemgået',
  nextReview: 'Næste gennemgang',
  source: 'Kilde',
  section: 'Afsnit',
  note: 'Bemærkning',
  steps: 'Trin',
  id: 'Id (små bogstaver, tal og bindestreger)',
  phase: 'Fase',
  actors: 'Ansvarlige aktører',
  branches: 'Forgreninger',
  next: 'Næste trin (id)',
  outcome: 'Udfald',
  citation: 'Henvisning',
  relatedCases: 'Relaterede cases',
  relatedTables: 'Relaterede ansvarstabeller',
  relatedDatasets: 'Relaterede taltabeller',
  order: 'Rækkefølge',
  conditionText: 'Sygdomsområde som i kataloget',
  targetGroup: 'Målgruppe',
  interventionType: 'Type indsats',
  organisations: 'Organisationer',
  regions: 'Regioner',
  nationwide: 'Landsdækkende',
  sectors: 'Sektorer',
  status: 'Status',
  period: 'Periode',
  sections: 'Afsnit',
  assessment: 'Vurdering',
  score: 'Score',
  provenance: 'Scorens oprindelse',
  catalogueSummary: 'Katalogets vurdering',
  rationale: 'Begrundelse',
  relatedPathways: 'Relaterede forløb',
  caption: 'Tabeltekst',
  rowHeading: 'Overskrift for rækkerne',
  columns: 'Kolonner',
  label: 'Overskrift',
  rows: 'Rækker',
  actor: 'Aktør',
  group: 'Gruppe',
  tasks: 'Opgaver pr. kolonne',
  notes: 'Bemærkninger',
  unit: 'Enhed',
  totals: 'Totalrække',
  row: 'Totalrækkens navn (første kolonne)',
  differsInSource: 'Kolonner, hvor kilden selv trykker en anden total',
  chart: 'Diagram',
  category: 'Kategorikolonne',
  series: 'Talkolonner',
  body: 'Brødtekst (Markdown)',
};

/**
 * Labels for every closed list of values. The CMS finds the labels of a select field by
 * matching the field's values against these.
 */
export const cmsOptionLabels: Record<string, string>[] = [
  regionLabels,
  sectorLabels,
  phaseLabels,
  diseaseAreaLabels,
  scopeLabels,
  provenanceLabels,
  caseStatusLabels,
  sourceKindLabels,
  actorTexts.kind,
  { day: 'Dag', month: 'Måned', year: 'År' },
  { text: 'Tekst', count: 'Antal', percentage: 'Procent', amount: 'Mængde med enhed' },
  { assessment: 'Katalogets skrevne vurdering', 'case-text': 'Casebeskrivelsen' },
];

/** Hint under a field that maps column ids to values (a YAML map, one key per line). */
/** Hint under a table's rows, edited as one YAML list. */
export const cmsKeyedMapListHint =
  'Én række pr. «- »: under den én linje pr. kolonne med kolonne-id, kolon og værdien, fx «- klynge: Nord» og på næste linje «  antal: 12».';
export const cmsKeyedMapHint =
  'Én linje pr. kolonne: kolonne-id, kolon og værdien, fx «antal: 12». Lister skrives med «- » på de følgende linjer.';

/** The admin page around the CMS. */
export const cmsAdminTexts = {
  title: 'Redigering – Rehabiliteringsforløb',
  noScript: 'Redigeringsværktøjet kræver JavaScript. Siderne kan læses uden.',
  /** Shown on every screen of the try-out CMS (no backend configured). */
  trialLabel: 'Prøvetilstand',
  trialBanner: 'Prøvetilstand: intet bliver gemt.',
  trialDetail:
    'Du øver dig på det rigtige indhold, men alt forsvinder, når siden genindlæses eller lukkes. Vejledningen «Redigering på egen maskine» viser, hvordan ændringer gemmes.',
};

/** «Til gennemgang»: the editors' list of what is due for review. */
export const reviewTexts = {
  title: 'Til gennemgang',
  description: 'Forløb, cases og ansvarstabeller efter næste gennemgangsdato, de forfaldne først.',
  lead: 'Alt indhold efter næste gennemgangsdato, det forfaldne først. Kilder, der er fem år eller ældre, er markeret.',
  /** Added to the lead when this build has the CMS to edit in. */
  editLead: '«Redigér» åbner indholdet i redigeringsværktøjet.',
  derivedNote:
    'Cases og ansvarstabeller har endnu ingen registreret gennemgang. Deres dato er afledt: kildens dato plus ét år, samme interval som forløbene bruger.',
  columns: {
    kind: 'Type',
    title: 'Indhold',
    nextReview: 'Næste gennemgang',
    reviewed: 'Senest gennemgået',
    sources: 'Kilder',
    edit: 'Redigér',
  },
  kinds: { pathways: 'Forløb', cases: 'Case', responsibilities: 'Ansvarstabel' },
  overdue: 'Forfalden',
  derived: 'afledt af kildens dato',
  notRecorded: 'Ikke registreret',
  sourcesCurrent: 'Ingen gamle kilder',
  staleSource: (title: string, years: number) => `${title}: ${years} år gammel`,
  edit: (title: string) => `Redigér «${title}»`,
  caption: 'Indhold efter næste gennemgangsdato',
};

/** The feedback link on every content page. */
export const feedbackTexts = {
  link: 'Giv feedback eller ret en fejl',
  lead: 'Er noget forkert, uklart eller forældet på siden?',
  subject: (title: string) => `Feedback: ${title}`,
  body: (url: string) =>
    `Siden: ${url}\n\nHvad er forkert eller mangler? Skriv gerne kilde og afsnit, hvis du kender dem.\n\n`,
};

/** «Senest ændret» and the short change history under each content page. */
export const changeTexts = {
  label: 'Ændringer og feedback',
  lastChanged: 'Senest ændret',
  earlier: 'Tidligere ændringer',
};
