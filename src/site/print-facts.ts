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
 * where it came from and how current it is. The address and the publisher are printed only
 * when they are configured: a local address or a made-up publisher must never reach paper.
 */
export function printFacts(input: {
  /** The page's public absolute address, when the site's address is configured. */
  pageUrl?: string | undefined;
  publisher?: string | undefined;
  reviewed?: Date | undefined;
}): PrintFact[] {
  const facts: PrintFact[] = [];
  if (input.pageUrl) facts.push({ kind: 'address', label: ui.print.address, value: input.pageUrl });
  if (input.publisher) {
    facts.push({ kind: 'publisher', label: ui.print.publisher, value: input.publisher });
  }
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

/** The page's public absolute address, or undefined when the site's address is not configured. */
export function publicPageUrl(
  publicSite: string | undefined,
  pathname: string,
): string | undefined {
  return publicSite ? new URL(pathname, publicSite).href : undefined;
}
