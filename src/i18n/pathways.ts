/**
 * Interface texts for pathways, responsibility tables, datasets and actor pages. Part of the
 * one place for UI strings (see `da.ts`), split out to keep files short. Labels for the
 * vocabularies (phases, sectors, regions, …) live in `da.ts`.
 */

/** Danish «trin» with the right number: «1 trin», «5 trin». */
const countSteps = (count: number) => `${count.toLocaleString('da-DK')} trin`;
const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('da-DK')} ${count === 1 ? one : many}`;

export const pathwayIndexTexts = {
  title: 'Forløb',
  description:
    'Rehabiliteringsforløb for kræft, knæartrose, osteoporose og benamputation: trin for trin, med ansvarlige aktører, beslutningspunkter og kilder.',
  lead: 'Hvert forløb viser trin for trin, hvem der har ansvaret, hvor der skal træffes beslutninger, og hvilket dokument oplysningerne kommer fra.',
  condition: 'Tilstand',
  scope: 'Gyldighed',
  sourceDate: 'Kildens dato',
  source: 'Kilde',
  stepsLabel: 'Antal trin',
  steps: (count: number) => String(count),
  diseaseArea: 'Sygdomsområde',
  oldSource: (years: number) => `Kilden er ${years} år gammel; oplysningerne kan være forældede.`,
  overdue: 'Den planlagte gennemgang er ikke nået; oplysningerne kan være forældede.',
  /** The navigation to one list per disease area, shown once there are many pathways. */
  areasHeading: 'Vælg sygdomsområde',
  all: 'Alle forløb',
  areaLink: (label: string, count: number) => `${label} (${count.toLocaleString('da-DK')})`,
  areaTitle: (label: string) => `Forløb: ${label}`,
  areaDescription: (label: string) =>
    `Rehabiliteringsforløb inden for sygdomsområdet ${label}: trin for trin, med ansvarlige aktører, beslutningspunkter og kilder.`,
  areaLead: (label: string, count: number) =>
    `${count.toLocaleString('da-DK')} forløb inden for sygdomsområdet ${label}. Et forløb, der hører til flere sygdomsområder, står under hvert af dem.`,
} as const;

/** «Vis trin for …»: the page narrowed to one actor's or sector's steps (also in the browser). */
export const stepFilterTexts = {
  label: 'Vis trin for',
  all: 'Alle aktører og sektorer',
  actors: 'Aktører',
  sectors: 'Sektorer',
  option: (label: string, steps: number) => `${label} (${countSteps(steps)})`,
  links: 'Vis trin for én aktør, samlet på aktørens egen side:',
  status: (label: string, shown: number, total: number) =>
    `Trin for ${label}: ${shown.toLocaleString('da-DK')} af ${countSteps(total)}`,
  showAll: 'Vis hele forløbet',
} as const;

export const pathwayTexts = {
  eyebrow: 'Forløb',
  facts: {
    heading: 'Om forløbet',
    condition: 'Tilstand',
    scope: 'Gyldighed',
    audience: 'Skrevet til',
    source: 'Hovedkilde',
  },
  currency: {
    oldSource: (years: number) =>
      `Kilden er ${years} år gammel. Anbefalinger, organisering og lovgivning kan have ændret sig siden; tjek gældende retningslinjer, før du bruger forløbet.`,
    overdue: (date: string) =>
      `Forløbet skulle have været gennemgået igen senest ${date}, men er det ikke blevet. Oplysningerne kan være forældede.`,
    noticeHeading: 'Oplysningerne kan være forældede',
  },
  diagram: {
    heading: 'Forløbet som diagram',
    title: (title: string) => `Diagram over forløbet ${title}: hvem gør hvad, trin for trin`,
    desc: (steps: number, lanes: number, decisions: number) =>
      `Diagrammet viser forløbets ${countSteps(steps)} oppefra og ned i rækkefølge, med en bane for hver af ${plural(lanes, 'sektor', 'sektorer')} og ${plural(decisions, 'beslutning', 'beslutninger')}. Hver boks fører til trinnet i listen «Trin for trin», som siger det samme i tekst.`,
    caption:
      'Læs diagrammet oppefra. Hver kolonne er en sektor; en stiplet boks viser, at sektoren også deltager i trinnet. En rombe er en beslutning, og boksene under den er vejene videre.',
    captionNarrow:
      'Læs diagrammet oppefra. Hver boks siger, hvem der har trinnet. En rombe er en beslutning, og boksene under den er vejene videre.',
    /** Said on screen only: paper has nothing to choose. */
    chooseBox: 'Vælg en boks for at gå til trinnet.',
    textEquivalent: 'Diagrammet i tekst: trin for trin',
    row: (number: number, title: string) => `Trin ${number} i diagrammet: ${title}`,
    skip: 'Spring diagrammet over',
    step: (number: number) => `Trin ${number}`,
    decision: 'Beslutning',
    outcome: 'Udfald',
    anyOf: 'Mindst én gælder:',
    forwardTo: (number: number, title: string) => `Videre til trin ${number}: ${title}`,
    backTo: (number: number, title: string) => `Tilbage til trin ${number}: ${title}`,
  },
  filter: stepFilterTexts,
  inBrief: 'Kort fortalt',
  review: {
    reviewed: 'Senest gennemgået',
    sourceDate: 'Kildens dato',
    nextReview: 'Næste gennemgang',
  },
  more: {
    heading: 'Mere om forløbet',
    background: 'Baggrund, anbefalinger og lovgivning',
    backgroundLead: 'Kildens baggrund for forløbet i vores ord, med afsnit for afsnit.',
    data: 'Tal fra kilden',
    dataLead: 'Kildens tabeller og diagrammer, gengivet uændret.',
    table: (title: string) => `Ansvarsfordeling: ${title}`,
    tableLead: 'Hvem gør hvad i forløbets faser, som kilden beskriver det.',
  },
  subpage: {
    backTo: (title: string) => `Tilbage til forløbet ${title}`,
    background: (title: string) => `Baggrund: ${title}`,
    data: (title: string) => `Tal: ${title}`,
  },
  steps: {
    heading: 'Trin for trin',
    phase: 'Fase',
    actors: 'Ansvarlig',
    actorsMany: 'Ansvarlige',
    decision: 'Beslutningspunkt',
    condition: 'Betingelse',
    leadsTo: 'Fører til',
    goTo: (number: number, title: string) => `trin ${number}: ${title}`,
    source: 'Kilde',
    /** The fold of a step's text on a page narrowed to one actor's steps. */
    more: 'Beskrivelse, beslutning og kilde',
  },
  datasets: {
    lead: 'Tabellerne gengiver kildens tal uændret. Diagrammerne viser de samme tal som tabellen over dem.',
  },
  cases: {
    heading: 'Relaterede cases',
    none: 'Casekataloget har endnu ingen cases, der er knyttet til dette forløb.',
  },
  back: 'Alle forløb',
} as const;

export const responsibilityTexts = {
  indexTitle: 'Ansvarsfordeling',
  indexDescription:
    'Tabeller over, hvem der gør hvad i rehabiliteringsforløbene: sygehus, kommune, almen praksis og andre aktører.',
  indexLead:
    'Tabellerne viser, hvilke opgaver hver aktør har i forløbets faser, som kilden beskriver dem. Hver tabel hører til et forløb.',
  eyebrow: 'Ansvarstabel',
  empty: 'Ikke nævnt i kilden',
  notes: 'Bemærkninger',
  pathways: 'Hører til forløbet',
  pathwaysMany: 'Hører til forløbene',
  rows: (count: number) => plural(count, 'række', 'rækker'),
  columnsLabel: 'Kolonner',
  back: 'Alle ansvarstabeller',
  scrollHint: 'Tabellen kan rulles vandret på en smal skærm.',
} as const;

export const datasetTexts = {
  notGiven: 'ikke oplyst',
  notes: 'Bemærkninger',
  chartDesc:
    'Søjlediagram over de samme tal som tabellen ovenfor; hver søjle er mærket med sit tal.',
  chartNote: 'Diagrammet viser de samme tal som tabellen.',
  legend: 'Forklaring',
} as const;

export const actorTexts = {
  indexTitle: 'Aktører: hvem gør hvad',
  indexDescription:
    'Sygehuse, kommuner, almen praksis og de andre aktører i rehabiliteringsforløbene, med hver aktørs opgaver samlet på én side.',
  indexLead:
    'Vælg en aktør for at se alle dens opgaver samlet: de trin i forløbene, den har ansvar for, og dens rækker i ansvarstabellerne.',
  eyebrow: 'Aktør',
  kindLabel: 'Type',
  kind: { organisation: 'Organisation', rolle: 'Rolle' },
  sector: 'Sektor',
  summary: (steps: number, pathways: number, tables: number) =>
    `${countSteps(steps)} i ${plural(pathways, 'forløb', 'forløb')} · ${plural(tables, 'ansvarstabel', 'ansvarstabeller')}`,
  stepsHeading: 'Trin i forløbene',
  stepsLead: 'De trin, aktøren er nævnt som ansvarlig for, i forløbets rækkefølge.',
  stepNumber: (number: number) => `Trin ${number}`,
  phase: 'Fase',
  together: 'Sammen med',
  tablesHeading: 'Opgaver i ansvarstabellerne',
  tablesLead: 'Aktørens række i hver tabel, kolonne for kolonne.',
  rowLabel: (label: string) => `Rækken «${label}»`,
  noSteps: 'Aktøren er ikke nævnt som ansvarlig for noget trin i forløbene.',
  noTables: 'Aktøren har ingen række i ansvarstabellerne.',
  sources: 'Kilder til aktørens rolle',
  back: 'Alle aktører',
  /** Once an actor's pathways run over several pages: how they spread over disease areas. */
  byArea: 'Forløbene fordelt på sygdomsområder',
  areaCount: (label: string, count: number) => `${label}: ${count.toLocaleString('da-DK')}`,
  /** The page links' name for the actor's pathways, and the way back to its first page. */
  stepsListName: (actor: string) => `${actor}: trin i forløbene`,
  backToActor: (actor: string) => `Aktøren ${actor}`,
  /** Beneath the first tables on the actor's page, when it has more. */
  allTables: (count: number) =>
    `Se alle ${count.toLocaleString('da-DK')} ansvarstabeller med aktøren`,
  tablesTitle: (actor: string) => `${actor}: opgaver i ansvarstabellerne`,
  tablesDescription: (actor: string) =>
    `Alle rækker om ${actor} i ansvarstabellerne, kolonne for kolonne.`,
} as const;
