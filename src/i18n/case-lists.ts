/**
 * Danish strings of a catalogue too long for one page: the static pages, the browser's
 * fetch of every case, «Vis flere», and the comparison's finder. A catalogue that fits on
 * one page never shows them.
 */

const n = (count: number) => count.toLocaleString('da-DK');

export const cataloguePageTexts = {
  /** The status line of a static page: «Viser nr. 51-100 af 2.000 cases i rangordningen.» */
  pageStatus: (first: number, end: number, total: number) =>
    `Viser nr. ${n(first)}-${n(end)} af ${n(total)} cases i rangordningen.`,
  noJsSplit: (pageSize: number) =>
    `Uden JavaScript viser tabellen rangordningen med lige vægte, summen af de fem scorer, ${pageSize} cases pr. side. Med JavaScript kan du filtrere, sortere og give parametrene dine egne vægte på tværs af alle cases.`,
  loading: 'Henter alle cases, så filtre, sortering og vægte gælder hele kataloget …',
  loadFailed:
    'Alle cases kunne ikke hentes, så filtre, sortering og vægte virker ikke lige nu. Tabellen viser stadig rangordningen med lige vægte, og sidelinkene virker. Prøv at genindlæse siden.',
  /** Added to the status line when only the first rows of a result are shown. */
  firstShown: (shown: number) => `De første ${n(shown)} vises.`,
  showMore: (next: number) => `Vis ${n(next)} flere`,
  /** The compare form on a split catalogue: cases ticked but not in the rows shown now. */
  alsoChosen: (titles: readonly string[]) =>
    `Også valgt til sammenligning (ikke vist i tabellen nu): ${titles.join(', ')}.`,
} as const;

export const finderTexts = {
  chosenHeading: 'Valgte cases',
  noneChosen: 'Du har ikke valgt nogen cases endnu.',
  label: 'Find en case efter navn',
  hint: 'Skriv mindst to bogstaver af navnet. Sæt kryds ved de cases, du vil have med.',
  loading: 'Henter listen over cases …',
  loadFailed:
    'Listen over cases kunne ikke hentes. Prøv at genindlæse siden, eller vælg cases i casekataloget.',
  resultsLegend: 'Cases, der passer',
  matches: (shown: number, total: number) =>
    total === 0
      ? 'Ingen cases passer til det, du har skrevet.'
      : shown === total
        ? `${n(total)} ${total === 1 ? 'case passer' : 'cases passer'}.`
        : `${n(total)} cases passer; de første ${n(shown)} vises. Skriv mere af navnet for at se færre.`,
  noJs: 'Kataloget har for mange cases til at vise dem alle her. I casekataloget kan du sætte kryds ved de cases, du vil sammenligne, på hver side af tabellen.',
  noJsLink: 'Gå til casekataloget',
} as const;
