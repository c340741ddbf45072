import { ui } from '../i18n/da';
import { formatDate, isoDay } from '../text/dates';

/** One line of the block that only appears on paper. */
interface PrintFact {
  /** `address` is the page's address, which a script may extend with the page's query. */
  kind: 'address' | 'publisher' | 'reviewed';
  label: string;
  value: string;
  /** ISO day for `<time datetime>` when the value is a date. */
  datetime?: string | undefined;
}

/**
 * What a printed page says about itself: its address, its publisher and, when the page has
 * one, the date it was last checked against its source. A sheet of paper then still says
 * where it came from and how current it is.
 */
export function printFacts(input: {
  /** The page's absolute address. */
  pageUrl: string;
  publisher: string;
  reviewed?: Date | undefined;
}): PrintFact[] {
  const facts: PrintFact[] = [
    { kind: 'address', label: ui.print.address, value: input.pageUrl },
    { kind: 'publisher', label: ui.print.publisher, value: input.publisher },
  ];
  if (input.reviewed) {
    facts.push({
      kind: 'reviewed',
      label: ui.print.reviewed,
      value: formatDate(input.reviewed),
      datetime: isoDay(input.reviewed),
    });
  }
  return facts;
}

/** The page's absolute address from the configured site origin and its path. */
export function absolutePageUrl(site: URL | undefined, pathname: string): string {
  return site ? new URL(pathname, site).href : pathname;
}
