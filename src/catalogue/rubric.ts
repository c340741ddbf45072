import type { Parameter } from './assessment-model';

/**
 * The rubric this site uses to turn the catalogue's written one-line assessments into scores.
 *
 * The case catalogue (Rambøll 2022) scored every case 1-4 on five parameters, but the scores were
 * drawn as spider charts that did not survive the extraction; only one written line per parameter
 * is left. Each level below is phrased as something a reader can check in that line and in the
 * case text, so two readers reach the same score. When a case meets the criteria of two levels,
 * it gets the higher one; when it falls short of a level on one criterion, it gets the lower one.
 */
export interface RubricParameter {
  /** The catalogue's definition of the parameter, in our own words (section 1 table of the catalogue). */
  definition: string;
  /** The question a reader asks of the case text. */
  question: string;
  /** What each score means; phrased as observable criteria in the written assessment/description, so two readers reach the same score. */
  levels: Record<1 | 2 | 3 | 4, string>;
}

export const RUBRIC: Record<Parameter, RubricParameter> = {
  theory: {
    definition:
      'Parameteren ser på, om indsatsen hviler på en klart defineret teori og på nutidig viden: om den henviser til en eller flere teorier eller metoder med navn, og om der gives en begrundelse for, at den kan forventes at virke i praksis.',
    question:
      'Hvad bygger indsatsen på ifølge casen: egne erfaringer, forskning og litteratur, eller en navngiven teori eller forandringsteori?',
    levels: {
      1: 'Casen angiver intet teoretisk grundlag og intet vidensgrundlag, eller kataloget skriver udtrykkeligt, at indsatsen ikke bygger på teori.',
      2: 'Indsatsen bygger kun på praktisk erfaring: egne eller andres erfaringer, tidligere lignende projekter eller fagfolks og brugeres beskrivelse af behovet. Der nævnes hverken forskning, litteratur, nationale anbefalinger eller en teori med navn.',
      3: 'Indsatsen bygger på forskning eller litteratur, på nationale faglige anbefalinger (fx et forløbsprogram), på en systematisk undersøgelse af målgruppen eller på en navngiven tilgang eller metode, men ikke på både en navngiven teori og et forskningsgrundlag.',
      4: 'Indsatsen er udtrykkeligt bygget på en navngiven teori, model eller forandringsteori og samtidig på forskning eller dokumenterede erfaringer udefra, så der gives en begrundelse for, hvorfor den forventes at virke.',
    },
  },
  effect: {
    definition:
      'Parameteren ser på, om undersøgelser gør det sandsynligt, at indsatsen gavner borgerne. Virkning er ikke det samme som påvist effekt: den kan også vurderes ud fra eksperters vurdering, målinger før og efter eller studier af processen, fx om praksis svarer til målgruppens behov.',
    question:
      'Hvilken dokumentation for indsatsens virkning for borgerne eller for kvaliteten nævner casen, og hvor stærk er den?',
    levels: {
      1: 'Der er endnu ingen resultater: indsatsen er ikke evalueret, og casen gengiver heller ingen erfaringer med, hvad den har givet borgerne.',
      2: 'Der er kun oplevet værdi: tilbagemeldinger fra en pilottest, interviews eller interne, overvejende kvalitative erfaringsopsamlinger, eller tal for brug og deltagelse, men ingen dokumenterede resultater for borgerne eller kvaliteten.',
      3: 'En evaluering, målinger før og efter eller systematiske data (fx en kvalitetsdatabase) viser positive resultater for borgerne eller for indsatsens kvalitet, men der er ikke tale om et kontrolleret studie.',
      4: 'Virkningen er vist i et kontrolleret studie eller i en fagfællebedømt undersøgelse af indsatsen selv.',
    },
  },
  description: {
    definition:
      'Parameteren ser på, om indsatsen er beskrevet systematisk med målgruppe, aktiviteter, mål og lignende, og om beskrivelsen er så fyldig, at fagfolk fra andre tilbud kan forstå praksis alene ud fra den.',
    question:
      'Findes der en beskrivelse af indsatsen, hvor grundig er den ifølge kataloget, og kan andre få adgang til den?',
    levels: {
      1: 'Kataloget nævner ingen beskrivelse af indsatsen, eller kun spredte omtaler.',
      2: 'Der findes en beskrivelse, men kataloget kalder den kort, overordnet eller siger blot, at den eksisterer; eller den er en projektbeskrivelse, der løbende er ændret.',
      3: 'Kataloget kalder beskrivelsen udførlig, grundig eller indsatsen velbeskrevet, men den er ikke offentligt tilgængelig endnu, eller den dækker kun en del af indsatsen (fx kun teknologien).',
      4: 'Der er en udførlig beskrivelse af hele indsatsen, som er offentligt tilgængelig (fx en hjemmeside, en drejebog eller et blueprint, som andre allerede har brugt).',
    },
  },
  goals: {
    definition:
      'Parameteren ser på, om indsatsen har klare og relevante mål for borgernes udvikling og for praksis: om der er et overordnet mål, og om det er formuleret, så man kan afgøre, om det nås.',
    question: 'Hvilke mål har indsatsen, hvor konkrete er de, og kan man måle, om de bliver nået?',
    levels: {
      1: 'Casen angiver ingen mål for indsatsen.',
      2: 'Der er kun et overordnet formål eller generelle målsætninger uden angivelse af, hvilke konkrete forandringer indsatsen skal give.',
      3: 'Der er angivet konkrete forandringer, som indsatsen skal føre til for borgerne eller praksis (eller mål for den enkelte borger ud fra dennes behov), men de er ikke formuleret, så de kan måles.',
      4: 'Målene er klare og målbare: der er succeskriterier, en opdeling i hovedmål og delmål, eller målbare mål for hver borger, så det kan afgøres, om de nås.',
    },
  },
  transferability: {
    definition:
      'Parameteren ser på, om indsatsen kan tages i brug andre steder, fx i andre kommuner, enheder eller sygdomsgrupper, og om der er forhold ved den, der gør det vanskeligt for andre at indføre den.',
    question:
      'Hvor meget af indsatsen kan andre tage i brug, og hvilke forudsætninger eller hindringer nævner kataloget?',
    levels: {
      1: 'Kataloget vurderer, at indsatsen er svær at overføre eller bundet til lokale forhold, eller det giver ingen vurdering af overførbarheden.',
      2: 'Kun dele eller enkelte kerneelementer vurderes at kunne overføres, eller en overførsel kræver forhold, som kataloget beskriver som krævende at etablere (fx mange faggrupper i et nyt team).',
      3: 'Kataloget vurderer, at hele indsatsen kan overføres til andre områder eller målgrupper, men nævner forudsætninger, fx afklaring af finansiering, jura eller governance eller en betydelig implementeringsindsats; eller det siger blot, at en overførsel er mulig.',
      4: 'Indsatsen er allerede udbredt til mange kommuner eller regioner eller landsdækkende, eller kataloget vurderer, at den løser udfordringer, der findes i hele sundhedsvæsenet, uden at casen nævner væsentlige forudsætninger for en overførsel.',
    },
  },
};

/** Section of the catalogue where the parameters are defined. */
export const RUBRIC_SOURCE_SECTION =
  '1 «Valg af cases til dybdeafdækning», tabellen over de fem parametre';
