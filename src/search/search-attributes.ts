import { diseaseAreaLabels, regionLabels, sectorLabels } from '../i18n/da';
import { SEARCH_TITLE_SORT, SEARCH_TYPE_FILTER, searchTypeLabels } from '../i18n/search';

/**
 * The hidden Pagefind attributes of one indexed page. Each entry becomes one empty
 * `<span hidden>` inside <main>. Values travel in `data-value` and are referenced as
 * `name[data-value]`, so commas and colons in a value never split it.
 */
export type SearchAttributeSpan = Record<string, string>;

/** Closed vocabularies whose ids are shown with their Danish label, by filter name. */
const vocabularies: Record<string, Record<string, string>> = {
  sygdomsområde: diseaseAreaLabels,
  region: regionLabels,
  sektor: sectorLabels,
};

/** The label shown for a page type; unknown types are shown with a capital first letter. */
export function searchTypeLabel(type: string): string {
  const known = (searchTypeLabels as Record<string, string>)[type];
  return known ?? capitalise(type.trim());
}

/** The label shown for one filter value: vocabulary ids become labels, other text is kept. */
export function searchFilterLabel(name: string, value: string): string {
  const trimmed = value.trim();
  return vocabularies[name]?.[trimmed] ?? trimmed;
}

/**
 * A sort key that puts titles in Danish alphabetical order (… x y z æ ø å, with «aa» as
 * «å» as in Aalborg) under Pagefind's plain string comparison, ignoring case.
 */
export function danishSortKey(title: string): string {
  return title
    .trim()
    .toLocaleLowerCase('da')
    .replace(/æ/g, '{')
    .replace(/ø/g, '|')
    .replace(/å|aa/g, '}');
}

/**
 * The hidden spans BaseLayout renders for an indexed page: the page type as filter and as
 * result meta, the title as sort key, and each filter value (deduplicated, blanks dropped).
 */
export function searchAttributeSpans(page: {
  type: string;
  title: string;
  filters?: Record<string, readonly string[]> | undefined;
}): SearchAttributeSpan[] {
  const type = searchTypeLabel(page.type);
  const spans: SearchAttributeSpan[] = [
    span('data-pagefind-filter', SEARCH_TYPE_FILTER, type),
    span('data-pagefind-meta', 'type', type),
    span('data-pagefind-sort', SEARCH_TITLE_SORT, danishSortKey(page.title)),
  ];
  for (const [name, values] of Object.entries(page.filters ?? {})) {
    const labels = new Set(values.map((value) => searchFilterLabel(name, value)));
    for (const label of labels) {
      if (label !== '') spans.push(span('data-pagefind-filter', name, label));
    }
  }
  return spans;
}

function span(attribute: string, name: string, value: string): SearchAttributeSpan {
  return { [attribute]: `${name}[data-value]`, 'data-value': value };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}
