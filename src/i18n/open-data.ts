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
