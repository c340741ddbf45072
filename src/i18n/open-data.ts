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
  planDefinition: (title: string) => `${title} som FHIR PlanDefinition`,
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
