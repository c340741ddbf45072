/**
 * Longer interface texts for the site's own pages (home, about, accessibility, 404).
 * Part of the one place for UI strings, split from `da.ts` only to keep files short.
 */
export const home = {
  description:
    'Opslagsværk om rehabiliteringsforløb i Danmark: hvordan forløbene er bygget op, hvem der har ansvaret, og hvordan konkrete indsatser er vurderet.',
  lead: 'Et opslagsværk for dem, der arbejder med rehabilitering: se hvordan et forløb skrider frem, hvem der gør hvad undervejs, og hvordan udvalgte indsatser er vurderet.',
  clinicians: {
    heading: 'Til klinikere: forløb og ansvar',
    text: 'Følg et forløb trin for trin med faser, beslutningspunkter og ansvarlige aktører, og se hvilke opgaver der ligger hos sygehus, kommune og almen praksis.',
    link: 'Se forløbene',
    tables: 'Ansvarsfordeling',
    actors: 'Hvem gør hvad',
  },
  planners: {
    heading: 'Til planlæggere: casekataloget',
    text: 'Find indsatser, der passer til jeres situation, sorter dem efter de fem vurderingsparametre, og sammenlign op til fire side om side.',
    link: 'Se casekataloget',
    compare: 'Sammenlign cases',
    rubric: 'Om vurderingerne',
  },
  aboutHeading: 'Hvor kommer indholdet fra?',
  aboutText:
    'Alt indhold bygger på fem offentlige dokumenter fra Sundhedsstyrelsen, regionerne, en nordjysk sundhedsaftale, ViRSA i Region Sjælland og Rambølls casekatalog. Hver side oplyser, hvilket dokument og hvilket afsnit oplysningerne stammer fra, og hvornår indholdet sidst er gennemgået.',
  aboutLink: 'Læs mere om sitet og kilderne',
} as const;

export const about = {
  title: 'Om sitet',
  description: 'Hvad Rehabiliteringsforløb er, hvem det er til, og hvordan indholdet er lavet.',
  lead: 'Rehabiliteringsforløb samler viden om forløb, ansvarsfordeling og vurderede indsatser på ét sted.',
} as const;

export const accessibility = {
  title: 'Tilgængelighedserklæring',
  description:
    'Tilgængelighedserklæring for Rehabiliteringsforløb: hvad der er testet, hvordan, og hvordan du melder et problem.',
} as const;

export const sourcesPage = {
  title: 'Kilder',
  description: 'De fem dokumenter, som sitets indhold bygger på.',
  lead: 'Sitet bygger udelukkende på disse dokumenter. Tal, navne og datoer er gengivet præcist; teksten er skrevet med egne ord.',
  lost: 'Gik tabt ved tekstudtrækket',
  usedBy: 'Brugt på disse sider',
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
