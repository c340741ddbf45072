import type { CaseData, CaseSections } from '../schemas/case';

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
  sectionsHeading: 'Casen beskrevet',
  assessment: {
    heading: 'Vurdering på de fem parametre',
    intro:
      'Kataloget vurderede hver case på en skala fra 1 til 4. Katalogets tal står i spindelvævsdiagrammer, som ikke er gengivet her; katalogets tekst giver en skreven vurdering af hver parameter. Scorer mærket «Afledt af dette site» har vi selv udledt af den skrevne vurdering efter en fast vurderingsnøgle.',
    rubricLink: 'Sådan er scorerne udledt',
    tableCaption: (title: string) => `Scorer for ${title} (skala 1-4)`,
    parameter: 'Parameter',
    score: 'Score',
    provenance: 'Oprindelse',
    total: 'I alt',
    totalOf: (max: number) => `af ${max} mulige`,
    catalogueSummary: 'Katalogets vurdering',
    rationale: 'Begrundelse for scoren',
    chartTitle: (title: string) => `Radardiagram over de fem scorer for ${title}`,
    chartDesc: (parts: string) => `Scorer på skalaen 1-4: ${parts}. Samme tal står i tabellen.`,
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
  scoreOf: (score: number) => `${score} af 4`,
} as const;

export const overviewTexts = {
  title: 'Casekataloget',
  description:
    'Indsatser for mennesker med kronisk sygdom og kræft fra Rambølls casekatalog, vurderet på fem parametre. Sorter, filtrer, sammenlign og hent data.',
  lead: (count: number) =>
    `${count} indsatser fra Rambølls casekatalog (2022), vurderet på teori og viden, virkning, beskrivelse, mål og overførbarhed på en skala fra 1 til 4.`,
  provenanceNote:
    'Katalogets egne tal står i spindelvævsdiagrammer, som ikke er gengivet her. Scorer mærket «Afledt af dette site» er udledt af sitet efter vurderingsnøglen og er ikke katalogets.',
  rubricLink: 'Læs om vurderingerne og vurderingsnøglen',
  tableCaption: 'Alle cases med scorer på de fem parametre (skala 1-4) og samlet score',
  name: 'Case',
  total: 'I alt',
  provenance: 'Oprindelse',
  status: 'Status',
  diseaseArea: 'Sygdomsområde',
  region: 'Region',
  sector: 'Sektor',
  select: 'Vælg',
  selectCase: (title: string) => `Vælg ${title} til sammenligning`,
  compareButton: 'Sammenlign valgte cases',
  compareHint: 'Sæt kryds ved 2-4 cases i tabellen og tryk på knappen for at sammenligne dem.',
  filters: {
    heading: 'Filtrer og sorter',
    legend: 'Vis kun cases, der passer til',
    all: 'Alle',
    diseaseArea: 'Sygdomsområde',
    sector: 'Sektor',
    region: 'Region',
    status: 'Status',
    apply: 'Vis cases',
    reset: 'Nulstil filtre',
    sortHint:
      'Tryk på en kolonneoverskrift for at sortere efter den; tryk igen for at vende rækkefølgen.',
    nationwide: 'Landsdækkende',
  },
  count: (shown: number, total: number) =>
    shown === total ? `Viser alle ${total} cases.` : `Viser ${shown} af ${total} cases.`,
  none: 'Ingen cases passer til de valgte filtre.',
  sortBy: (column: string) => `Sorter efter ${column}`,
  columnName: { name: 'navn', total: 'samlet score' },
  sortedBy: (column: string, direction: 'asc' | 'desc', byName: boolean) =>
    `Sorteret efter ${column}, ${
      byName
        ? direction === 'asc'
          ? 'A-Å'
          : 'Å-A'
        : direction === 'asc'
          ? 'laveste først'
          : 'højeste først'
    }.`,
  downloads: {
    heading: 'Hent data',
    text: 'Alle cases med scorer, samlet score og scorernes oprindelse.',
    json: 'Hent som JSON',
    csv: 'Hent som CSV (til Excel)',
  },
  compareLink: 'Sammenlign cases side om side',
} as const;

export const compareTexts = {
  title: 'Sammenlign cases',
  description:
    'Sammenlign to til fire cases fra casekataloget side om side: radardiagram, scorer, begrundelser og nøglefakta.',
  lead: 'Vælg to til fire cases og se deres scorer, begrundelser og nøglefakta side om side. Adressen på siden gemmer valget, så du kan sende linket videre.',
  chooseHeading: 'Vælg cases',
  chooseLegend: 'Cases, der skal sammenlignes (2-4)',
  submit: 'Sammenlign',
  noJs: 'Sammenligningen tegnes i browseren med JavaScript. Uden JavaScript kan du bruge tabellen over alle cases nedenfor og åbne den enkelte case for at se begrundelserne.',
  instructions: (example: string) =>
    `Sæt kryds ved to til fire cases og tryk «Sammenlign». Du kan også skrive adressen selv, fx ${example}`,
  allScoresHeading: 'Alle cases og deres scorer',
  resultHeading: 'Sammenligning',
  chartTitle: (names: string) => `Radardiagram, der sammenligner ${names}`,
  chartDesc:
    'Hver case har sin egen linjetype og markørform, som forklaringen viser. Tallene står også i tabellen under diagrammet.',
  legend: 'Forklaring',
  scoresHeading: 'Scorer',
  scoresCaption: 'Scorer side om side (skala 1-4)',
  factsHeading: 'Nøglefakta',
  factsCaption: 'Nøglefakta side om side',
  rationalesHeading: 'Vurderinger og begrundelser',
  rationalesCaption: 'Katalogets vurdering og sitets begrundelse for hver score',
  difference: 'Forskel',
  rowHeader: 'Emne',
  differenceExplained: 'Rækker mærket «Forskel» er dem, hvor de valgte cases ikke har samme værdi.',
  same: 'Ens',
  markers: {
    circle: 'cirkel',
    square: 'firkant',
    triangle: 'trekant',
    diamond: 'rombe',
  },
  lines: {
    solid: 'fuldt optrukken linje',
    dashed: 'stiplet linje',
    dotted: 'prikket linje',
    dashdot: 'streg-prik-linje',
  },
  seriesLabel: (marker: string, line: string) => `${marker}, ${line}`,
} as const;

/** Danish messages for a comparison selection read from the URL. */
export const selectionMessages = {
  unknown: (ids: readonly string[], more = 0) =>
    `${ids.length + more === 1 ? 'Denne case findes' : 'Disse cases findes'} ikke i kataloget: ${ids
      .map((id) => `«${id}»`)
      .join(', ')}${more > 0 ? ` og ${more} til` : ''}. Vælg blandt casene i listen.`,
  tooMany: (max: number) =>
    `Du kan højst sammenligne ${max} cases ad gangen. De første ${max} vises.`,
  tooFew: (min: number) => `Vælg mindst ${min} cases for at sammenligne.`,
  duplicates: 'Cases, der var valgt flere gange, vises kun én gang.',
} as const;

export const rubricTexts = {
  title: 'Om vurderingerne',
  description:
    'Hvordan casekatalogets fem parametre er defineret, hvad scorerne 1-4 betyder, og hvorfor scorerne på sitet er afledt af katalogets skrevne vurderinger.',
  lead: 'Casekataloget vurderede hver case på fem parametre på en skala fra 1 til 4. Her står, hvad parametrene dækker, hvordan sitet har udledt scorerne, og hvordan en score kan rettes.',
  whyHeading: 'Hvorfor scorerne er afledt',
  why: [
    'Kataloget viser sine scorer som spindelvævsdiagrammer, og katalogets tekst angiver ikke tallene. Diagrammerne er ikke gengivet her. Teksten har én skreven linje om hver parameter for hver case.',
    'Sitet har derfor selv udledt en score for hver parameter ud fra den skrevne vurdering og casebeskrivelsen, efter vurderingsnøglen nedenfor. Hver afledt score er mærket «Afledt af dette site», overalt hvor den vises, og den er ikke katalogets egen.',
  ],
  lostHeading: 'Om kilden',
  lowEvidence:
    'Kataloget understreger selv, at næsten alle cases stadig er på udviklingsniveau, og at mange ikke er evalueret. Evidensniveauet er derfor lavt for de fleste, og især parameteren virkning skal læses med det for øje.',
  parametersHeading: 'De fem parametre og vurderingsnøglen',
  definition: 'Katalogets definition',
  question: 'Spørgsmålet til casen',
  levelsCaption: (parameter: string) => `Vurderingsnøgle for ${parameter}`,
  level: 'Score',
  meaning: 'Hvornår casen får scoren',
  tieRule:
    'Opfylder en case kriterierne for to niveauer, får den det højeste. Mangler den et af kriterierne for et niveau, får den niveauet under.',
  correctHeading: 'Sådan rettes en score',
  correct: [
    'Kender du katalogets egne tal fra spindelvævsdiagrammerne i den oprindelige rapport, så skriv til udgiveren af sitet (se Om sitet). Så kan scoren rettes, så den svarer til katalogets tal.',
    'Kun et tal, der står i kataloget, vises som katalogets score. En score, sitet selv har vurderet, beholder mærket «Afledt af dette site».',
  ],
  labelsExplained: (derived: string, catalogue: string) =>
    `På sitet står der «${derived}» ved en score, vi selv har udledt, og «${catalogue}» ved et tal fra kataloget.`,
  backToCatalogue: 'Se alle cases og deres scorer i casekataloget',
  sourceHeading: 'Kilde',
} as const;
