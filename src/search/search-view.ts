/**
 * Pure helpers for the search page's result list and filters: what each result shows, the
 * filter object Pagefind gets, the texts of the summary and the filter button. The page
 * (`src/client/search-page.ts`) only turns these into DOM nodes.
 */
import { search as t, searchSectionsNotShown } from '../i18n/search';
import {
  excerptAround,
  hasMark,
  withoutMarkedFillers,
  type ExcerptPiece,
  type Highlight,
} from './highlight';

/** The selected values of each filter, by filter name. */
export type FilterSelection = Readonly<Record<string, readonly string[]>>;

/** The part of a Pagefind sub-result (a section of a page) the list uses. */
interface SectionData {
  title: string;
  url: string;
  locations: readonly number[];
}

/** The part of Pagefind's result data (`result.data()`) the list uses. */
export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content: string;
  /** The page's filter values, by filter name. */
  filters: Readonly<Record<string, readonly string[]>>;
  meta: Readonly<Record<string, string | undefined>>;
  sub_results: readonly SectionData[];
}

/** One result as the list shows it. */
interface ResultView {
  type: string;
  title: string;
  url: string;
  excerpt: ExcerptPiece[];
  sections: { title: string; url: string }[];
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
};

function decode(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|#x27|nbsp);/g,
    (whole, name: string) => ENTITIES[name] ?? whole,
  );
}

/**
 * Pagefind's excerpt (escaped page text with `<mark>` around the matched words) as plain text
 * pieces, so the page builds it from text nodes and never parses it as HTML.
 */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    const text = decode(part.replace(/<[^>]*>/g, ''));
    if (text !== '') pieces.push({ text, marked });
  }
  return pieces;
}

/**
 * The excerpt without the page's title at its start: the title is shown right above it,
 * and Pagefind's excerpt begins there when the match is in the heading.
 */
export function withoutLeadingTitle(pieces: ExcerptPiece[], title: string): ExcerptPiece[] {
  const text = pieces.map((piece) => piece.text).join('');
  const lead = new RegExp(`^\\s*${escapeRegExp(title.trim())}[.:]?\\s*`, 'i');
  const match = lead.exec(text);
  if (!match || title.trim() === '' || match[0].length >= text.length) return pieces;
  let skip = match[0].length;
  const rest: ExcerptPiece[] = [];
  for (const piece of pieces) {
    if (skip >= piece.text.length) {
      skip -= piece.text.length;
      continue;
    }
    rest.push({ ...piece, text: piece.text.slice(skip) });
    skip = 0;
  }
  return rest;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Most section links shown under one result. */
const MAX_SECTIONS = 2;

/**
 * The section links worth showing under a result: sections with a match of their own, not
 * the page's start (same URL as the page) and not a heading that only names a list, such as
 * «Kilder».
 */
export function resultSections(data: ResultData): { title: string; url: string }[] {
  const notShown = new Set(searchSectionsNotShown.map((title) => title.toLocaleLowerCase('da')));
  return data.sub_results
    .filter(
      (section) =>
        section.url !== data.url &&
        section.locations.length > 0 &&
        !notShown.has(section.title.trim().toLocaleLowerCase('da')),
    )
    .slice(0, MAX_SECTIONS)
    .map(({ title, url }) => ({ title, url }));
}

/**
 * The excerpt of a result: Pagefind's, without marks on fillers; when it marks nothing (the
 * page was found by a synonym, a corrected spelling or a compound's parts), one built from
 * the page's text around the first word of `highlight`, if the text has one.
 */
export function resultExcerpt(data: ResultData, highlight?: Highlight): ExcerptPiece[] {
  const pieces = withoutMarkedFillers(excerptPieces(data.excerpt));
  if (hasMark(pieces) || !highlight) return pieces;
  // The title is shown above the excerpt: the words the reader meant are sought after it.
  const title = data.meta['title'] ?? '';
  const body = withoutLeadingTitle([{ text: data.content, marked: false }], title)
    .map((piece) => piece.text)
    .join('');
  return excerptAround(body, highlight) ?? pieces;
}

/** One result as the list shows it: type label, title, excerpt pieces, section links. */
export function resultView(data: ResultData, highlight?: Highlight): ResultView {
  const title = data.meta['title'] ?? data.url;
  return {
    type: data.meta['type'] ?? '',
    title,
    url: data.url,
    excerpt: withoutLeadingTitle(resultExcerpt(data, highlight), title),
    sections: resultSections(data),
  };
}

/** The filter object for `pagefind.search`: any of the values within a filter, all filters. */
export function pagefindFilters(selection: FilterSelection): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(selection)) {
    if (values.length > 0) filters[name] = { any: [...values] };
  }
  return filters;
}

/** How many filter values are selected. */
export function activeFilterCount(selection: FilterSelection): number {
  return Object.values(selection).reduce((sum, values) => sum + values.length, 0);
}

/** The filter button's text: «Afgræns» or «Afgræns (2 valgt)». */
export function filterButtonText(selection: FilterSelection): string {
  const count = activeFilterCount(selection);
  return count === 0 ? t.filtersButton : `${t.filtersButton} (${t.filtersActive(count)})`;
}

/**
 * The summary above the results, with the words as typed; `partial` pages that hold most of
 * the words follow the `count` that hold them all.
 */
export function summaryText(count: number, query: string, partial = 0): string {
  if (partial > 0) {
    return count === 0
      ? t.noneWithAllWords(query, partial)
      : t.resultsAndPartial(count, query, partial);
  }
  if (count === 0) return t.noResults(query);
  return t.results(count, query);
}

/**
 * The number of `results` under each filter value, from their loaded data: the counts of a
 * merged list, which no single Pagefind search gives.
 */
export function filterCounts(
  results: readonly Pick<ResultData, 'filters'>[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const result of results) {
    for (const [name, values] of Object.entries(result.filters)) {
      const group = (counts[name] ??= {});
      for (const value of new Set(values)) group[value] = (group[value] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * The count shown beside each filter value. In a group with no choice yet, the results the
 * value would leave (`counts`); in a group with a choice, a further value widens the results
 * (any value of a group counts), so its count is the results it holds for the words alone
 * (`totals`), not the 0 a narrowing count would give.
 */
export function shownFilterCounts(
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>,
  totals: Readonly<Record<string, Readonly<Record<string, number>>>>,
  selection: FilterSelection,
): Record<string, Record<string, number>> {
  const names = new Set([...Object.keys(counts), ...Object.keys(totals)]);
  return Object.fromEntries(
    [...names].map((name) => [
      name,
      { ...((selection[name]?.length ?? 0) > 0 ? totals[name] : counts[name]) },
    ]),
  );
}

/**
 * True when a filter value is offered as a choice: it leaves at least one result, or it is
 * chosen (so it can be unchosen).
 */
export function isOffered(count: number, chosen: boolean): boolean {
  return count > 0 || chosen;
}

/** The order of the filter groups; filters not named here follow in alphabetical order. */
const FILTER_ORDER = ['sidetype', 'sygdomsområde', 'region', 'sektor', 'aktør', 'status'];

/** The filter names in the order the page shows them. */
export function orderedFilterNames(names: readonly string[]): string[] {
  const rank = (name: string) => {
    const at = FILTER_ORDER.indexOf(name);
    return at < 0 ? FILTER_ORDER.length : at;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'da'));
}

/** The label of a filter name: «sygdomsområde» → «Sygdomsområde». */
export function filterLabel(name: string): string {
  return name.charAt(0).toLocaleUpperCase('da') + name.slice(1);
}
