import { selectionMessages } from '../i18n/cases';

/**
 * Reading the comparison's selection from the URL. The query string is untrusted input:
 * ids are checked against the known cases, and the result only ever holds known ids plus
 * plain-text messages (which the page shows with textContent, never as HTML).
 */

export const MIN_SELECTED = 2;
export const MAX_SELECTED = 4;
/** Stands for the case id in the data path the comparison page hands to its script. */
export const CASE_ID_TOKEN = '{id}';
/** Name of the query parameter: `?ids=samblik,liva`. */
export const IDS_PARAM = 'ids';

/** Unknown ids are shown back to the reader; very long ones are cut short. */
const MAX_SHOWN_LENGTH = 40;
/** At most this many unknown ids are listed by name. */
const MAX_SHOWN_UNKNOWN = 5;

export interface CompareSelection {
  /** The known cases to compare, in the order given: empty when more than MAX_SELECTED were asked for. */
  ids: string[];
  /** Every known case the reader chose, without duplicates, so the form can keep them ticked. */
  chosen: string[];
  /** Unknown ids as the reader wrote them (shortened), for the message. */
  unknown: string[];
  /** True when more than MAX_SELECTED known cases were asked for. */
  tooMany: boolean;
  /** True when something was asked for but fewer than MIN_SELECTED known cases remain. */
  tooFew: boolean;
  /** True when the same case was asked for more than once. */
  duplicates: boolean;
  /** Danish messages for the reader, plain text, in the order to show them. */
  messages: string[];
}

/**
 * All ids in the query: `?ids=a,b` and `?ids=a&ids=b` (what a GET form with checkboxes
 * sends) both work. Empty pieces are dropped.
 */
export function readIdsParam(query: string | URLSearchParams): string[] {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  return params
    .getAll(IDS_PARAM)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** Shortens an unknown id for display. */
function shown(value: string): string {
  const chars = [...value];
  return chars.length > MAX_SHOWN_LENGTH ? `${chars.slice(0, MAX_SHOWN_LENGTH).join('')}…` : value;
}

/**
 * Validates requested ids against the known ones: unknown ids are reported, duplicates
 * dropped (matching ignores case), and more than MAX_SELECTED known ids are refused.
 */
export function parseCompareSelection(
  requested: readonly string[],
  knownIds: readonly string[],
): CompareSelection {
  const known = new Map(knownIds.map((id) => [id.toLowerCase(), id]));
  const ids: string[] = [];
  const unknown: string[] = [];
  const seenUnknown = new Set<string>();
  let duplicates = false;
  for (const raw of requested) {
    const value = raw.trim();
    if (value === '') continue;
    const id = known.get(value.toLowerCase());
    if (id === undefined) {
      if (seenUnknown.has(value)) duplicates = true;
      else {
        seenUnknown.add(value);
        unknown.push(shown(value));
      }
    } else if (ids.includes(id)) {
      duplicates = true;
    } else {
      ids.push(id);
    }
  }
  // More than the maximum is refused, not trimmed: which cases to drop is the reader's choice.
  const tooMany = ids.length > MAX_SELECTED;
  const kept = tooMany ? [] : ids;
  const askedForSomething = requested.some((value) => value.trim() !== '');
  const tooFew = askedForSomething && !tooMany && kept.length < MIN_SELECTED;

  const messages: string[] = [];
  if (unknown.length > 0) {
    const listed = unknown.slice(0, MAX_SHOWN_UNKNOWN);
    const rest = unknown.length - listed.length;
    messages.push(selectionMessages.unknown(listed, rest));
  }
  if (tooMany) messages.push(selectionMessages.tooMany(MAX_SELECTED, ids.length));
  if (tooFew) messages.push(selectionMessages.tooFew(MIN_SELECTED));
  if (duplicates) messages.push(selectionMessages.duplicates);
  return { ids: kept, chosen: ids, unknown, tooMany, tooFew, duplicates, messages };
}

/** The query string for a selection: `ids=samblik,liva` (commas kept readable). */
export function selectionQuery(ids: readonly string[]): string {
  return `${IDS_PARAM}=${ids.map((id) => encodeURIComponent(id)).join(',')}`;
}
