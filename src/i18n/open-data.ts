import type { CollectionName } from '../content/collections';
import { cmsCollectionLabels } from './cms';

/**
 * Danish texts of the open data (/data/, /fhir/) and of the «Åbne data» page. Part of the one
 * place for UI strings (see `da.ts`).
 */

/** Each collection's title in the data catalogue: the name editors know it by. */
export const collectionTitle = (collection: CollectionName): string =>
  cmsCollectionLabels[collection]?.[0] ?? collection;

/** What each collection's data file holds, for the catalogue and the «Åbne data» page. */
export const collectionDescriptions: Record<CollectionName, string> = {
  sources:
    'De offentlige dokumenter, indholdet bygger på: titel, udgiver, dato, hvad dokumentet handler om, og hvad sitet ikke gengiver fra det.',
  actors:
    'Aktørerne i forløbene og ansvarstabellerne: navn, sektor, om det er en organisation eller en rolle, og hvad aktøren gør.',
  pathways:
    'Rehabiliteringsforløbene med «Kort fortalt», målgruppe, datoer for gennemgang, kilder og alle trin med aktører og forgreninger.',
  cases:
    'Casekatalogets indsatser med fakta, de ti afsnit og vurderingen på de fem parametre, med oplysning om, hvilke scorer sitet selv har afledt.',
  responsibilities: 'Ansvarstabellerne: kolonner, rækker og opgaver pr. aktør og fase.',
  datasets: 'Taltabellerne fra kilderne, med kolonner, rækker og eventuelt søjlediagram.',
  rubric: 'Vurderingsnøglen, som sitet bruger til at aflede scorer ud fra casekatalogets tekst.',
  synonyms: 'Søgeordene: ord, der betyder det samme for den, der søger på sitet.',
};

export const openDataTexts = {
  catalogueTitle: 'Rehabiliteringsforløb – åbne data',
  catalogueDescription:
    'Alt indhold på Rehabiliteringsforløb som JSON med JSON Schema, forløbene som FHIR R4 PlanDefinition og et Atom-feed med ændringer.',
  fhirTitle: 'Forløb som FHIR R4 PlanDefinition',
  fhirDescription:
    'Hvert forløb som en FHIR R4 PlanDefinition og alle forløb samlet i ét Bundle, med trin, aktører, beslutninger og kilder.',
  dataFile: (title: string) => `${title} som JSON`,
  fhirBundle: 'Alle forløb i ét FHIR Bundle',
} as const;

/** Danish text inside the FHIR PlanDefinitions: what FHIR cannot say as a code. */
export const fhirTexts = {
  denmark: 'Danmark',
  /** A decision that leads to an action, named by the step it is taken in. */
  decision: (number: number, title: string, conditions: readonly string[]) =>
    `Efter trin ${number} «${title}»: ${conditions.join(' eller ')}`,
  /** An action reached without a decision from the step before it. */
  after: (number: number, title: string) => `Efter trin ${number} «${title}»`,
  /** How the ways into an action are joined. */
  or: ' eller ',
  /** The description of the condition: it is prose, not a computable expression. */
  conditionDescription: 'Betingelsen, som kilden beskriver den (tekst, ikke et beregneligt udtryk)',
  /** A citation of a source document and section, e.g. «Kræftforløb 2018, afsnit 4.2». */
  citation: (shortTitle: string, section: string, note?: string) =>
    note ? `${shortTitle}, ${section}. ${note}` : `${shortTitle}, ${section}`,
  pagePrefix: (number: number) => `${number}.`,
  pathwayPage: 'Forløbet på sitet',
  phase: (phase: string) => `Fase: ${phase}`,
  tooLongId: (id: string) =>
    `id'et «${id}» er længere end de 64 tegn, en FHIR-ressource må have; giv filen et kortere navn`,
} as const;

/** The «Åbne data» page for those who reuse the data. */
export const openDataPage = {
  title: 'Åbne data',
  description:
    'Hent alt indhold på Rehabiliteringsforløb som JSON, forløbene som FHIR og ændringerne som feed, frit til genbrug.',
  lead: 'Alt, hvad sitet ved, kan hentes som data: til en kommunes omsorgssystem, en regions intranet, en dataportal eller et forskningsprojekt. Der kræves ingen konto og ingen nøgle.',
  catalogueHeading: 'Datakataloget',
  catalogueText:
    'Kataloget er én fil, der peger på alle de andre: for hver samling dens titel, datafilen med alle poster og JSON-skemaet, der beskriver dem, og desuden udgiver, licens og byggedato. Det kan høstes af dataportaler, fordi det også er et DCAT-AP-katalog (JSON-LD).',
  filesHeading: 'Filerne',
  filesCaption: 'Datafiler og skemaer pr. samling',
  columns: {
    collection: 'Samling',
    holds: 'Indhold',
    entries: 'Poster',
    files: 'Filer',
  },
  dataFile: 'Data',
  schemaFile: 'Skema',
  filesText:
    'Hver post har sit id, adressen på sin side og sine data, som sitet selv bruger dem: en henvisning til en anden post står som id sammen med adressen på den side, den peger på, og datoer står som år-måned-dag. Forløb og cases har desuden brødteksten i Markdown.',
  schemasHeading: 'Skemaerne',
  schemasText:
    'JSON-skemaerne (standardens version 2020-12) laves automatisk ud fra de samme regler, som sitet kontrollerer indholdet med, så de altid passer til filerne. Hvert felt har en beskrivelse (på engelsk). Sitets tests kontrollerer, at hver post overholder sit skema.',
  licenceHeading: 'Licens og kreditering',
  /** Around the licence's name, which links to the licence. */
  licenceBefore: 'Data og tekst må genbruges frit under licensen',
  licenceAfter: ', også kommercielt, når du krediterer sitet.',
  creditIntro: 'Skriv for eksempel:',
  credit: (
    site: string,
    publisher: string | undefined,
    address: string | undefined,
    licence: string,
  ) => `Kilde: ${[site, publisher, address, licence].filter(Boolean).join(', ')}.`,
  sourcesNote:
    'Indholdet bygger på offentlige dokumenter, som sitet gengiver med egne ord og henviser til med afsnit. Henvis også til dem, når du bruger tal eller tabeller fra dem.',
  fhirHeading: 'Forløbene som FHIR',
  fhirText:
    'Hvert forløb findes som en FHIR R4 PlanDefinition, og alle forløb samlet i ét Bundle. Sitets tests kontrollerer filerne med to uafhængige FHIR-validatorer.',
  fhirBundle: 'Alle forløb i ét Bundle',
  fhirOne:
    'Hvert forløb ligger også i sin egen fil med forløbets id i adressen; datakataloget nævner dem alle. For eksempel',
  fhirCaption: 'Sådan svarer et forløb til en PlanDefinition',
  fhirColumns: { site: 'På sitet', fhir: 'I FHIR', how: 'Hvordan' },
  fhirRows: [
    ['Forløbets titel', 'title', 'Som tekst.'],
    ['Kort fortalt', 'description', 'Sætningerne efter hinanden.'],
    ['Senest gennemgået', 'date, lastReviewDate', 'Datoen for sitets seneste gennemgang.'],
    ['Udgiver', 'publisher', 'Den organisation, der udgiver sitet.'],
    ['Gælder i', 'jurisdiction', 'Danmark som landekode (ISO 3166: DK).'],
    ['Tilstand', 'topic', 'Kun som tekst.'],
    ['Kilder', 'relatedArtifact', 'Dokumentet og afsnittet som henvisning (citation).'],
    [
      'Trin',
      'action',
      'Én handling pr. trin i trinenes rækkefølge, med nummer, titel og beskrivelse.',
    ],
    ['Fase', 'action.code', 'Kun som tekst.'],
    [
      'Ansvarlige aktører',
      'action.participant',
      'Aktørens navn som rolle (tekst). Typen er patient for patienten og de pårørende og practitioner for alle andre, fordi FHIR R4 kun kender fire slags deltagere.',
    ],
    [
      'Beslutninger',
      'action.condition',
      'Betingelsen står som tekst på den handling, beslutningen fører til, med det trin, den træffes i.',
    ],
    [
      'Næste trin og forgreninger',
      'action.relatedAction',
      'Hvert trin peger på det eller de trin, der kan komme efter det.',
    ],
    [
      'Udfald, der afslutter forløbet',
      'action.action',
      'En underhandling med udfaldet som titel og betingelsen som tekst.',
    ],
  ] as const,
  textOnly:
    'Betingelser, faser, aktørernes navne og tilstanden findes ikke som koder, der siger præcis det samme. De står derfor som tekst og er aldrig gættet om til en kode.',
  changesHeading: 'Ændringer',
  changesText:
    'Siden «Seneste ændringer» viser, hvilke sider der er tilføjet eller ændret. De samme ændringer findes som Atom-feed, så et system kan holde øje med dem.',
  changesLink: 'Seneste ændringer',
  feed: 'Atom-feed',
  idsHeading: 'Faste id’er og adresser',
  idsText:
    'En posts id er navnet på dens fil og ændres ikke, når posten redigeres. Redaktionen giver ikke en udgivet post et nyt id: får et forløb en ny titel, beholder det sit id og dermed sine adresser. Adresserne på filerne her ændres heller ikke.',
  examplesHeading: 'Eksempler',
  examples: {
    shell: 'Hent kataloget i en terminal:',
    javascript: 'Vis titlerne på alle forløb i JavaScript:',
    python: 'Tæl forløbene i FHIR-bundtet med Python:',
  },
} as const;
