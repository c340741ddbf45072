/**
 * The facts of the accessibility statement that are not words: its dates and the address of
 * the complaints body. Update `STATEMENT_DATES.reviewed` each time the statement is checked
 * (at least once a year, as Digitaliseringsstyrelsen requires).
 */
export const STATEMENT_DATES = { prepared: '2026-12-01', reviewed: '2026-12-01' } as const;

/** Digitaliseringsstyrelsen's page for readers who meet content that is not accessible. */
export const COMPLAINTS_URL =
  'https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses one ISO day, refusing impossible dates such as 2026-02-30. */
function parseDay(value: string, name: string): Date {
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !ISO_DAY.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new Error(
      `Tilgængelighedserklæringen: ${name} skal være en gyldig dato (ÅÅÅÅ-MM-DD), ikke «${value}»`,
    );
  }
  return date;
}

/** The statement's dates as `Date`s; the last review can never come before it was prepared. */
export function statementDates(dates: { prepared: string; reviewed: string } = STATEMENT_DATES): {
  prepared: Date;
  reviewed: Date;
} {
  const prepared = parseDay(dates.prepared, 'prepared');
  const reviewed = parseDay(dates.reviewed, 'reviewed');
  if (reviewed < prepared) {
    throw new Error('Tilgængelighedserklæringen: reviewed må ikke ligge før prepared');
  }
  return { prepared, reviewed };
}
