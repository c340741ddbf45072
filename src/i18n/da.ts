import type { Parameter, Provenance } from '../catalogue/assessment-model';
import type { DiseaseArea, Phase, Region, Scope, Sector } from '../schemas/vocabulary';

/**
 * Every Danish string the interface shows lives here, so wording is kept
 * consistent and can be reviewed in one place. Content text lives in `content/`.
 */
export const ui = {
  siteName: 'Rehabiliteringsforløb',
  siteTagline: 'Forløb, ansvarsfordeling og vurderede indsatser i det danske sundhedsvæsen',
  skipToContent: 'Spring til indhold',
  /** Under the wordmark: who publishes this copy of the site. */
  publishedBy: (publisher: string) => `Udgivet af ${publisher}`,
  mainNavLabel: 'Hovedmenu',
  breadcrumbsLabel: 'Brødkrummer',
  nav: {
    home: 'Forside',
    pathways: 'Forløb',
    cases: 'Cases',
    responsibilities: 'Ansvarsfordeling',
    actors: 'Aktører',
    search: 'Søg',
    about: 'Om',
  },
  footer: {
    sourcesHeading: 'Kilder',
    sourcesIntro:
      'Indholdet bygger på disse fem dokumenter. Hver side henviser til dokument og afsnit.',
    accessibility: 'Tilgængelighedserklæring',
    about: 'Om sitet',
    openData: 'Åbne data',
    changes: 'Seneste ændringer',
    publisherHeading: 'Udgiver',
    phone: 'Telefon',
    email: 'E-mail',
    postalAddress: 'Adresse',
    disclaimer:
      'Sitet er et opslagsværk. Den kliniske beslutning træffes altid ud fra gældende retningslinjer og den konkrete patient.',
  },
  notFound: {
    title: 'Siden findes ikke',
    lead: 'Vi kan ikke finde den side, du leder efter. Den kan være flyttet, eller adressen kan være skrevet forkert.',
    goHome: 'Gå til forsiden',
    search: 'Søg på sitet',
  },
  print: {
    address: 'Sidens adresse',
    publisher: 'Udgiver',
    reviewed: 'Senest gennemgået',
  },
  citation: {
    source: 'Kilde',
    sources: 'Kilder',
    aboutSource: 'Om kilden',
  },
  dates: {
    sourceDate: 'Kildens dato',
    reviewed: 'Senest gennemgået',
    nextReview: 'Næste gennemgang',
  },
  search: {
    label: 'Søg',
    placeholder: 'Søg i forløb, cases og aktører',
    button: 'Søg',
  },
  pagination: {
    /** The navigation's accessible name, after the list's own name: «Sider: Alle forløb». */
    label: (list: string) => `Sider: ${list}`,
    previous: 'Forrige side',
    next: 'Næste side',
    page: (n: number) => `Side ${n}`,
    gap: 'flere sider',
    /** «Viser 51-100 af 800» above and below a split list. */
    showing: (first: number, end: number, total: number) =>
      `Viser ${first}-${end} af ${total.toLocaleString('da-DK')}`,
    /** The browser tab title of a later page: «Forløb, side 2 af 16». */
    titleSuffix: (title: string, n: number, last: number) => `${title}, side ${n} af ${last}`,
  },
} as const;

/** Danish labels for the closed vocabularies in `src/schemas/vocabulary.ts`. */
export const regionLabels: Record<Region, string> = {
  hovedstaden: 'Region Hovedstaden',
  sjaelland: 'Region Sjælland',
  syddanmark: 'Region Syddanmark',
  midtjylland: 'Region Midtjylland',
  nordjylland: 'Region Nordjylland',
};

export const sectorLabels: Record<Sector, string> = {
  sygehus: 'Sygehus',
  kommune: 'Kommune',
  'almen-praksis': 'Almen praksis',
  'privat-praksis': 'Privat praksis',
  stat: 'Stat',
  civilsamfund: 'Civilsamfund',
  borger: 'Borger',
  virksomhed: 'Virksomhed',
};

export const phaseLabels: Record<Phase, string> = {
  opsporing: 'Opsporing og henvisning',
  udredning: 'Udredning og behovsvurdering',
  behandling: 'Behandling',
  rehabilitering: 'Rehabilitering og træning',
  opfoelgning: 'Opfølgning og efterforløb',
  palliation: 'Palliation',
};

export const diseaseAreaLabels: Record<DiseaseArea, string> = {
  kraeft: 'Kræft',
  diabetes: 'Diabetes',
  'hjerte-kar': 'Hjerte-kar-sygdom',
  kol: 'KOL',
  'muskel-skelet': 'Muskel og skelet',
  osteoporose: 'Osteoporose',
  amputation: 'Amputation',
  multisygdom: 'Multisygdom',
  overvaegt: 'Overvægt',
  'psykisk-sygdom': 'Psykisk sygdom',
  'kronisk-sygdom': 'Kronisk sygdom generelt',
};

export const scopeLabels: Record<Scope, string> = {
  national: 'Nationalt',
  regional: 'Regionalt',
};

export const parameterLabels: Record<Parameter, string> = {
  theory: 'Teori og viden',
  effect: 'Virkning',
  description: 'Beskrivelse',
  goals: 'Mål',
  transferability: 'Overførbarhed',
};

export const provenanceLabels: Record<Provenance, string> = {
  catalogue: 'Katalogets score',
  derived: 'Afledt af dette site',
};
