/**
 * Texts of the accessibility statement (tilgængelighedserklæring), in the order of
 * Digitaliseringsstyrelsen's statement: status, unavailable content, how it was prepared,
 * feedback and contact, enforcement. Part of the one place for UI strings.
 */
export const accessibility = {
  title: 'Tilgængelighedserklæring',
  description:
    'Tilgængelighedserklæring for Rehabiliteringsforløb: status, kendte mangler, hvordan sitet er testet, og hvordan du melder et problem.',
  intro: (publisher: string | undefined) =>
    `${publisher ?? 'Udgiveren af sitet'} ønsker, at Rehabiliteringsforløb kan bruges af alle, også med skærmlæser, forstørrelse, tastatur alene eller på en lille skærm. Erklæringen følger opbygningen i Digitaliseringsstyrelsens tilgængelighedserklæring og gælder for hele sitet.`,
  statusHeading: 'Overensstemmelsesstatus',
  status:
    'Sitet er delvist i overensstemmelse med WCAG 2.1 niveau AA og standarden EN 301 549, som lov om tilgængelighed af offentlige organers websteder og mobilapplikationer (webtilgængelighedsloven) henviser til. «Delvist» skyldes de kendte mangler nedenfor, og at sitet ikke er gennemgået af en ekstern tilgængelighedsrevisor.',
  gapsHeading: 'Kendte mangler',
  gaps: [
    'Søgningen kræver JavaScript. Uden JavaScript kan du finde alt indhold gennem menuen og listerne over forløb, cases, ansvarsfordeling, aktører og kilder.',
    'Sitet er ikke afprøvet med skærmlæsere eller af brugere med handicap. Automatiske test finder ikke alle problemer.',
    'Figurer i kildedokumenterne er ikke gengivet som billeder. Hvor en oplysning kun står i en figur, siger siden det, og forløbsdiagrammer og diagrammer over tal har et tekstalternativ eller står også som tabel.',
  ],
  methodHeading: 'Sådan er sitet vurderet',
  methodIntro:
    'Vurderingen er en selvevaluering, som redaktionen har foretaget. Ved hver ændring af sitet kører disse test:',
  method: [
    'En automatisk test besøger alle sider i en rigtig browser (Chromium) og kører axe-core med reglerne for WCAG 2.0, 2.1 og 2.2 niveau A og AA samt bedste praksis, både i lyst og mørkt farvetema.',
    'Automatiske tastaturtest: linket «Spring til indhold» og synligt fokus på alle sider, søgning fra feltet til en side, og sortering, filtrering og sammenligning i casekataloget med tastatur alene.',
    'Alle sider kontrolleres for gyldig HTML og for links, der ikke virker, og for at intet indhold kræver vandret rulning på en telefonskærm.',
  ],
  manual:
    'Derudover ser redaktionen siderne igennem ved skærmbredder på 320, 390, 768 og 1280 pixel, i lyst og mørkt tema og som udskrift.',
  datesHeading: 'Udarbejdelse af erklæringen',
  prepared: 'Erklæringen er udarbejdet',
  reviewed: 'Senest gennemgået',
  contactHeading: 'Feedback og kontaktoplysninger',
  contactIntro: (publisher: string | undefined) =>
    `Oplever du en barriere, eller mangler du en oplysning i et tilgængeligt format, så kontakt ${publisher ?? 'udgiveren af sitet'}. Skriv gerne, hvilken side det drejer sig om, og hvilket hjælpemiddel du bruger.`,
  phone: 'Telefon',
  email: 'E-mail',
  postalAddress: 'Adresse',
  enforcementHeading: 'Håndhævelsesprocedure',
  enforcement:
    'Får du ikke et tilfredsstillende svar inden for 10 arbejdsdage, kan du henvende dig til Digitaliseringsstyrelsen, der fører tilsyn med webtilgængelighedsloven.',
  enforcementLink: 'Digitaliseringsstyrelsen: Oplever du ikke-tilgængeligt indhold?',
  shortAddress: (address: string) => `Erklæringen har også den korte adresse ${address}.`,
} as const;
