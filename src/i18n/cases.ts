import type { CaseData, CaseSections } from '../schemas/case';
import { SCORE_MAX, SCORE_MIN, type Parameter } from '../catalogue/assessment-model';

/**
 * Interface texts for the case catalogue: the overview, the case pages, the comparison
 * and the rubric page. Part of the one place for UI strings (see `da.ts`), split out to
 * keep files short. Labels for vocabularies, parameters and provenance live in `da.ts`.
 */

/** How far an intervention had come, for the `status` field of a case. */
export const caseStatusLabels: Record<CaseData['status'], string> = {
  pilot: 'Pilotprojekt',
  drift: 'I drift',
  forskning: 'Forskningsprojekt',
};

/** The catalogue's sections, in the order every case page shows them. */
export const caseSectionLabels: Record<keyof CaseSections, string> = {
  purpose: 'Formål og målsætninger',
  socialInequality: 'Social ulighed',
  technologyAndData: 'Teknologisk understøttelse og datadeling',
  contentAndKnowledge: 'Indhold og vidensgrundlag',
  organisation: 'Organisering på tværs af sektorer',
  results: 'Resultater og virkning',
  economy: 'Økonomi',
  implementation: 'Implementering',
  context: 'Kontekst',
  spreadPotential: 'Udbredelsespotentiale',
};

/** Order of the sections on the page. */
export const CASE_SECTION_ORDER = Object.keys(caseSectionLabels) as (keyof CaseSections)[];

/** The scale in words, e.g. «1-4», derived from the assessment model. */
const scale = `${SCORE_MIN}-${SCORE_MAX}`;

/** Quotation marks around the catalogue's own words. */
export const quote = (words: string) => `«${words}»`;

export const caseTexts = {
  eyebrow: 'Case fra casekataloget',
  notStated: 'Ikke oplyst i kataloget',
  nationwide: 'Hele landet',
  facts: {
    heading: 'Nøglefakta',
    diseaseArea: 'Sygdomsområde',
    targetGroup: 'Målgruppe',
    interventionType: 'Type indsats',
    organisations: 'Organisationer og fagfolk',
    regions: 'Region',
    sectors: 'Sektorer',
    status: 'Status',
    period: 'Periode',
    sourceDate: 'Katalogets dato',
  },
  assessment: {
    heading: 'Vurdering på de fem parametre',
    intro: `Kataloget vurderede hver case på en skala fra ${SCORE_MIN} til ${SCORE_MAX}, men tallene findes ikke i vores kilde; kun katalogets skrevne vurdering er bevaret. Scorer mærket «Afledt af dette site» har vi selv udledt af den skrevne vurdering efter vurderingsnøglen.`,
    rubricLink: 'Sådan er scorerne udledt',
    tableCaption: (title: string, derived: boolean) =>
      `Scorer for ${title} (skala ${scale}${derived ? ', afledt af dette site' : ''})`,
    parameter: 'Parameter',
    score: 'Score',
    total: 'Sum',
    totalOf: (max: number) => `af ${max} mulige`,
    catalogueSummary: 'Katalogets vurdering med vores ord',
    evidence: 'Ordene i katalogets vurdering, der afgør scoren',
    level: (score: number) => `Niveau ${score} i vurderingsnøglen`,
    basisHeading: 'Casebeskrivelsen afgjorde scoren',
    caseTextBasis:
      'Katalogets vurdering siger ikke det, der skiller to niveauer her. Derfor har casebeskrivelsen afgjort scoren.',
    rationale: 'Begrundelse',
    chartTitle: (title: string) => `Radardiagram over de fem scorer for ${title}`,
    chartDesc: (parts: string) =>
      `Scorer på skalaen ${scale}: ${parts}. Samme tal står i tabellen.`,
  },
  relatedPathways: 'Relaterede forløb',
  toc: 'På siden',
  currency: {
    heading: 'Oplysningerne kan være forældede',
    text: (years: number) =>
      `Casekataloget er fra ${years === 1 ? 'for et år' : `for ${years} år`} siden. Indsatsen kan have ændret sig siden, fx fra pilotprojekt til drift eller afsluttet. Kontakt projektejeren for at få den aktuelle status.`,
    computed: (date: string) => `Vurderet ved opdateringen af sitet ${date}.`,
    dated: (date: string) =>
      `Oplysningerne gengiver kataloget fra ${date} og beskriver indsatsen, som den var dengang.`,
  },
  scoreOf: (score: number) => `${score} af ${SCORE_MAX}`,
} as const;

export const overviewTexts = {
  title: 'Casekataloget',
  description:
    'Indsatser for mennesker med kronisk sygdom og kræft fra Rambølls casekatalog, vurderet på fem parametre. Ranger efter egne prioriteter, filtrer, sammenlign og hent data.',
  lead: (count: number) =>
    `${count} indsatser fra Rambølls casekatalog (2022), vurderet på teori og viden, virkning, beskrivelse, mål og overførbarhed på en skala fra ${SCORE_MIN} til ${SCORE_MAX}.`,
  notice: {
    heading: 'Scorerne er afledt af dette site',
    text: 'Katalogets egne tal findes ikke i vores kilde. Alle scorer på siden er udledt af sitet ud fra katalogets skrevne vurdering; de er mærket «afledt» i kolonneoverskrifterne. Summen lægger de fem scorer sammen og er ikke katalogets samlede dom over en indsats.',
    rubricLink: 'Læs vurderingsnøglen og se, hvilke ord der afgør hver score',
  },
  derivedMark: 'afledt',
  /** Column headings of the catalogue table: soft hyphens let long words break to fit. */
  columnLabels: {
    theory: 'Teori og viden',
    effect: 'Virk\u00ADning',
    description: 'Beskri\u00ADvelse',
    goals: 'Mål',
    transferability: 'Overfør\u00ADbarhed',
  } satisfies Record<Parameter, string>,
  catalogueMark: 'katalogets',
  tableCaption: `Cases rangeret efter summen af de fem scorer (skala ${scale})`,
  weightedCaption: `Cases rangeret efter din vægtede sum af de fem scorer (skala ${scale})`,
  place: 'Plads',
  placeLabel: (place: number, shared: boolean) => (shared ? `delt ${place}.` : `${place}.`),
  name: 'Case',
  total: 'Sum',
  weightedTotal: 'Vægtet sum',
  status: 'Status',
  diseaseArea: 'Sygdoms\u00ADområde',
  region: 'Region',
  sector: 'Sektor',
  select: 'Vælg',
  selectCase: (title: string) => `Vælg ${title} til sammenligning`,
  compareButton: 'Sammenlign valgte cases',
  compareHint: 'Sæt kryds ved to til fire cases og tryk på knappen for at sammenligne dem.',
  tieBreak:
    'Cases med samme sum deler pladsen («delt 2.») og står i alfabetisk rækkefølge. En forskel på et enkelt point siger lidt, fordi scorerne er afledt af én skreven linje pr. parameter.',
  noJs: 'Uden JavaScript viser tabellen rangordningen med lige vægte: summen af de fem scorer. Med JavaScript kan du filtrere, sortere og give parametrene dine egne vægte.',
  filters: {
    heading: 'Filtrer, sorter og vægt',
    legend: 'Vis kun cases, der passer til',
    all: 'Alle',
    diseaseArea: 'Sygdomsområde',
    sector: 'Sektor',
    region: 'Region',
    status: 'Status',
    apply: 'Vis cases',
    reset: 'Nulstil',
    sortHint:
      'Tryk på en kolonneoverskrift for at sortere efter den; tryk igen for at vende rækkefølgen.',
    nationwide: 'Landsdækkende',
  },
  weights: {
    legend: 'Dine prioriteter: vægt pr. parameter',
    hint: 'Vægt 0 lader parameteren ude, 1 er lige vægt, 3 tæller tre gange. Adressen gemmer dine vægte, så du kan dele rangordningen.',
    option: (weight: number) => (weight === 1 ? '1 (lige vægt)' : String(weight)),
  },
  count: (shown: number, total: number) =>
    shown === total ? `Viser alle ${total} cases.` : `Viser ${shown} af ${total} cases.`,
  none: 'Ingen cases passer til de valgte filtre.',
  columnName: { rank: 'plads', name: 'navn' },
  sortedBy: (column: string, direction: 'asc' | 'desc', kind: 'name' | 'rank' | 'score') => {
    const order = {
      name: { asc: 'A-Å', desc: 'Å-A' },
      rank: { asc: 'sidste plads først', desc: 'plads 1 først' },
      score: { asc: 'laveste først', desc: 'højeste først' },
    } as const;
    return `Sorteret efter ${column}, ${order[kind][direction]}.`;
  },
  weighted: (parts: string) => `Vægte: ${parts}.`,
  downloads: {
    heading: 'Hent data',
    text: 'Alle cases med scorer, de afgørende ord og begrundelser.',
    json: 'Hent som JSON',
    csv: 'Hent som CSV (til Excel)',
  },
  compareLink: 'Sammenlign cases side om side',
} as const;

export const exportTexts = {
  derivedHeading: (label: string) => `${label} (afledt af dette site)`,
  totalHeading: 'Sum af scorerne',
  totalDerivedHeading: 'Sum af afledte scorer',
  csvFacts: [
    'id',
    'Case',
    'Status',
    'Sygdomsområde',
    'Sygdomsområde (katalogets ord)',
    'Region',
    'Sektorer',
    'Periode',
  ],
  csvPage: 'Side',
  jsonTitle: 'Casekataloget: cases og scorer',
  notice:
    'Scorer med provenance "derived" er udledt af dette site ud fra katalogets skrevne vurderinger efter vurderingsnøglen; de er ikke katalogets egne tal. Feltet evidence har de ord fra vurderingen, der afgør scoren.',
} as const;

export const compareTexts = {
  title: 'Sammenlign cases',
  description:
    'Sammenlign to til fire cases fra casekataloget side om side: radardiagram, scorer, de afgørende ord og nøglefakta.',
  lead: 'Vælg to til fire cases og se deres scorer, de ord i katalogets vurdering, der afgør dem, og nøglefakta side om side. Linket til siden husker dit valg.',
  chooseHeading: 'Vælg cases',
  chooseLegend: 'Cases, der skal sammenlignes (to til fire)',
  submit: 'Sammenlign',
  noJs: 'Sammenligningen tegnes i browseren med JavaScript. Uden JavaScript kan du åbne de enkelte cases fra casekataloget og se deres scorer og begrundelser.',
  loading: 'Henter de valgte cases …',
  loadFailed: 'De valgte cases kunne ikke hentes. Prøv at genindlæse siden.',
  resultHeading: 'Sammenligning',
  chartTitle: (names: string) => `Radardiagram, der sammenligner ${names}`,
  chartDesc:
    'Hver case har sin egen linjetype og markørform, som forklaringen viser. Tallene står også i tabellen under diagrammet.',
  legend: 'Forklaring',
  scoresHeading: 'Scorer',
  scoresCaption: `Scorer side om side (skala ${scale}, afledt af dette site)`,
  factsHeading: 'Nøglefakta',
  factsCaption: 'Nøglefakta side om side',
  evidenceHeading: 'Hvad der afgør scorerne',
  evidenceCaption: 'Ordene i katalogets vurdering og niveauet i vurderingsnøglen',
  rowHeader: 'Emne',
  notableExplained: (points: number) =>
    `Rækker mærket «Forskel på ${points} point eller mere» er dem, hvor de valgte cases ligger mindst ${points} point fra hinanden; ved dem står den højeste og laveste score med ord. En mindre forskel er inden for det, en afledt score kan skelne.`,
  notable: (points: number) => `Forskel på ${points} point eller mere`,
  highest: 'højest',
  lowest: 'lavest',
  markers: { circle: 'cirkel', square: 'firkant', triangle: 'trekant', diamond: 'rombe' },
  lines: {
    solid: 'fuldt optrukken linje',
    dashed: 'stiplet linje',
    dotted: 'prikket linje',
    dashdot: 'streg-prik-linje',
  },
  seriesLabel: (marker: string, line: string) => `${marker}, ${line}`,
} as const;

/** Danish messages for a comparison selection. */
export const selectionMessages = {
  unknown: (ids: readonly string[], more = 0) =>
    `${ids.length + more === 1 ? 'Denne case findes' : 'Disse cases findes'} ikke i kataloget: ${ids
      .map((id) => `«${id}»`)
      .join(', ')}${more > 0 ? ` og ${more} til` : ''}. Vælg blandt casene i listen.`,
  tooMany: (max: number, count: number) =>
    `Du har valgt ${count} cases, men der kan højst sammenlignes ${max} ad gangen. Dine valg er bevaret i listen: fjern ${count - max === 1 ? 'et kryds' : `${count - max} kryds`}, og tryk «Sammenlign».`,
  fifthRefused: (max: number, title: string) =>
    `${title} er ikke valgt: du kan højst sammenligne ${max} cases ad gangen. Fjern et kryds først, hvis du vil have ${title} med.`,
  tooFew: (min: number) => `Vælg mindst ${min} cases for at sammenligne.`,
  /** The live count beside the catalogue's boxes: «2 af 4 valgt». */
  chosen: (count: number, max: number) => `${count} af ${max} valgt`,
  duplicates: 'Cases, der var valgt flere gange, vises kun én gang.',
} as const;

export const rubricTexts = {
  title: 'Om vurderingerne',
  description: `Hvad casekatalogets fem parametre dækker, hvad scorerne ${scale} betyder, og hvordan sitet har udledt dem af katalogets skrevne vurderinger.`,
  lead: `Casekataloget vurderede hver case på fem parametre på en skala fra ${SCORE_MIN} til ${SCORE_MAX}. Her står, hvad parametrene dækker, og efter hvilken regel sitet har udledt scorerne, så du selv kan efterprøve dem.`,
  whyHeading: 'Hvorfor scorerne er afledt',
  why: [
    'Kataloget tegnede sine scorer som spindelvævsdiagrammer, og tallene findes ikke i vores kilde. Tilbage er én skreven linje om hver parameter for hver case.',
    'Sitet har derfor selv udledt en score for hver parameter efter reglen og vurderingsnøglen nedenfor. Hver afledt score er mærket «Afledt af dette site», og ved hver score står de ord i katalogets vurdering, der afgør den.',
  ],
  lostHeading: 'Findes ikke i kilden',
  lowEvidence:
    'Kataloget understreger selv, at næsten alle cases stadig er på udviklingsniveau, og at mange ikke er evalueret. Evidensniveauet er derfor lavt for de fleste, og især parameteren virkning skal læses med det for øje.',
  ruleHeading: 'Reglen: sådan afgøres en score',
  parametersHeading: 'De fem parametre og vurderingsnøglen',
  definition: 'Katalogets definition',
  question: 'Spørgsmålet til vurderingen',
  levelsCaption: (parameter: string) => `Vurderingsnøgle for ${parameter}`,
  level: 'Score',
  meaning: 'Hvornår casen får scoren',
  planningHeading: 'Sådan kan du bruge scorerne',
  planning: [
    'Scorerne viser, hvor meget katalogets skrevne vurdering siger om hver parameter, ikke hvor god en indsats er. Brug dem til at finde cases, der er værd at læse nærmere, og læs så begrundelsen på casens side.',
    'En forskel på ét point mellem to cases er lille: den kan skyldes et enkelt ord i vurderingen. I casekataloget kan du give de parametre, der betyder mest for dig, større vægt.',
  ],
  backToCatalogue: 'Se alle cases og deres scorer i casekataloget',
} as const;

/** Axis labels of the radar chart, one entry per line, short enough for a phone. */
export const parameterChartLines: Record<Parameter, readonly string[]> = {
  theory: ['Teori og viden'],
  effect: ['Virkning'],
  description: ['Beskrivelse'],
  goals: ['Mål'],
  transferability: ['Overfør-', 'barhed'],
};
