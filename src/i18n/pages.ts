/**
 * Longer interface texts for the site's own pages (home, about, sources, 404, the short
 * address). Part of the one place for UI strings, split from `da.ts` only to keep files short.
 * The accessibility statement's texts are in `accessibility.ts`.
 */
export const home = {
  description:
    'Opslagsværk om rehabiliteringsforløb i Danmark: hvordan forløbene er bygget op, hvem der har ansvaret, og hvordan konkrete indsatser er vurderet.',
  lead: 'Slå et rehabiliteringsforløb op og se trin for trin, hvem der gør hvad, og hvilket dokument det bygger på.',
  pathwaysHeading: 'Find forløbet',
  pathwaysIntro: 'Vælg sygdommen eller tilstanden:',
  allPathways: 'Alle forløb',
  /** Under a disease area on the home page's door, once there are many pathways. */
  areaDoor: (count: number) => `${count.toLocaleString('da-DK')} forløb`,
  searchLink: 'Søg på tværs af forløb, aktører, ansvarsfordeling og cases',
  plannersHeading: 'Til planlæggere',
  plannersText:
    'Casekataloget samler udvalgte indsatser for mennesker med kronisk sygdom og kræft. Sorter og filtrer dem efter de fem vurderingsparametre, og sammenlign op til fire side om side.',
  catalogue: (count: number) => `Se casekataloget (${count} cases)`,
  compare: 'Sammenlign cases',
  rubric: 'Om vurderingerne',
  moreHeading: 'Mere om ansvar og aktører',
  responsibilities: (count: number) => `Ansvarsfordeling (${count} tabeller)`,
  actors: (count: number) => `Hvem gør hvad (${count} aktører)`,
  trustHeading: 'Hvor kommer indholdet fra?',
  trustText: (count: number) =>
    `Alt indhold bygger på ${count} offentlige dokumenter. Hver side oplyser dokument og afsnit og hvornår indholdet senest er gennemgået.`,
  sourcesLink: 'Se kilderne',
  aboutLink: 'Om sitet',
} as const;

export const about = {
  title: 'Om sitet',
  description:
    'Hvad Rehabiliteringsforløb er, hvem der udgiver det, og hvordan indholdet er lavet.',
  lead: 'Rehabiliteringsforløb samler viden om forløb, ansvarsfordeling og vurderede indsatser på ét sted.',
  publisherHeading: 'Udgiver og kontakt',
  publisher: 'Udgiver',
  phone: 'Telefon',
  email: 'E-mail',
  postalAddress: 'Adresse',
  publisherText: 'Sitet udgives af den organisation, der driver denne udgave af det.',
  contactText: 'Skriv eller ring, hvis du finder en fejl eller har spørgsmål til indholdet.',
  audienceHeading: 'Hvem er sitet til?',
  audience:
    'Klinikere på sygehuse, i kommuner og i almen praksis kan slå et forløb op og se, hvordan det forløber, og hvem der har ansvaret for hvert trin. Planlæggere kan sammenligne konkrete indsatser ud fra den vurdering, de har fået i et casekatalog, og se præcis hvor hver score kommer fra.',
  methodHeading: 'Hvordan er indholdet lavet?',
  method: (sources: number) =>
    `Sitet bygger på ${sources} offentlige dokumenter. Tal, navne, datoer og tabelværdier er gengivet præcist som i kilden. Teksten er skrevet med egne ord, og hver side oplyser dokument og afsnit. Hvor kilden ikke oplyser en værdi, eller hvor den kun står i en figur, der ikke er gengivet her, står det på siden i stedet for et gæt.`,
  sourcesLink: 'Se kildelisten',
  derived: (pathways: number, cases: number) =>
    `Der er i dag ${pathways} forløb og ${cases} cases. Casekataloget viser sine vurderinger på skalaen 1-4 som diagrammer og angiver ikke tallene i teksten. Sitet har derfor selv afledt scorerne efter en offentliggjort vurderingsnøgle, og de er mærket som afledte overalt, hvor de vises.`,
  rubricLink: 'Om vurderingerne',
  catalogueHeading: 'Om casekataloget',
  catalogueText:
    'Casekatalogets egne kriterier for, hvilke indsatser der kom med, og hvem der står bag vurderingerne, står på kildesiden for kataloget.',
  catalogueLink: 'Casekataloget som kilde',
  changesLink: 'Seneste ændringer',
  openDataHeading: 'Åbne data',
  openDataText:
    'Alt indhold kan hentes frit som data: hver samling som JSON med et skema, forløbene som FHIR og ændringerne som feed.',
  openDataLink: 'Sådan henter og genbruger du data',
  currencyHeading: 'Aktualitet',
  currency:
    'Hvert forløb viser kildens dato, hvornår forløbet senest er gennemgået, og hvornår det skal gennemgås igen. Er kilden mere end fem år gammel, eller er datoen for næste gennemgang overskredet, vises en tydelig advarsel.',
  privacyHeading: 'Ingen sporing',
  privacy:
    'Sitet er statiske sider uden cookies, statistik eller indhold fra andre domæner. Søgningen kører i din egen browser.',
  accessibilityLink: 'Læs tilgængelighedserklæringen',
} as const;

export const sourcesPage = {
  title: 'Kilder',
  description: 'De fem dokumenter, som sitets indhold bygger på.',
  lead: 'Sitet bygger udelukkende på disse dokumenter. Tal, navne og datoer er gengivet præcist; teksten er skrevet med egne ord.',
  aboutSource: 'Om kilden',
  aboutSourceIntro: 'Det her gengiver sitet ikke, eller det oplyser kilden ikke:',
  original: 'Det oprindelige dokument',
  originalLink: (title: string) => `Hent «${title}» hos udgiveren`,
  noAddress:
    'Dokumentet oplyser ikke selv en netadresse. Søg efter titlen hos udgiveren for at finde det oprindelige dokument.',
  usedBy: 'Brugt på disse sider',
  /** Above a «used by» list split into pages: how many pages of each kind cite the source. */
  usedByCounts: (pathways: number, cases: number, tables: number) => {
    const n = (count: number) => count.toLocaleString('da-DK');
    const parts = [
      pathways > 0 ? `${n(pathways)} forløb` : '',
      cases > 0 ? `${n(cases)} ${cases === 1 ? 'case' : 'cases'}` : '',
      tables > 0 ? `${n(tables)} ${tables === 1 ? 'ansvarstabel' : 'ansvarstabeller'}` : '',
    ].filter(Boolean);
    const list =
      parts.length > 1 ? `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}` : parts[0];
    return `Kilden er brugt på ${n(pathways + cases + tables)} sider: ${list}.`;
  },
  /** The heading of the later pages of the list. */
  usedByTitle: (shortTitle: string) => `Sider, der bruger ${shortTitle}`,
  backToSource: (shortTitle: string) => `Kilden ${shortTitle}`,
  publisher: 'Udgiver',
  date: 'Dato',
  kind: 'Type',
  scope: 'Gyldighed',
} as const;

export const sourceKindLabels = {
  forloebsprogram: 'Forløbsprogram',
  samarbejdsaftale: 'Samarbejdsaftale',
  overblik: 'Overblik',
  statusrapport: 'Statusrapport',
  casekatalog: 'Casekatalog',
} as const;

/** The short address `/was` for the accessibility statement. */
export const shortAddress = {
  title: 'Tilgængelighedserklæring',
  description: 'Kort adresse til tilgængelighedserklæringen.',
  text: 'Tilgængelighedserklæringen ligger på en anden adresse. Du bliver sendt videre; sker det ikke, så brug linket:',
  link: 'Gå til tilgængelighedserklæringen',
} as const;
