import type { ContentProblem } from '../check/problem';
import { describeEntry, type EntryLike } from '../integrity';
import { citedSourceIds, entriesOf, fieldOf, sourcesById } from './entries';

/**
 * Quotations that are quotations: every `evidence` quotation of a case score must occur in the
 * text of a source the case cites, where that text is available to the check. The text comes
 * from a folder of source texts, one file per source, named by the source entry's `seedFile`.
 */

/** Reads a source text by its file name (`seedFile`); undefined when the folder lacks it. */
export type SourceTextReader = (fileName: string) => string | undefined;

/** Quotation marks of every kind, straight and curly, Danish and French. */
const QUOTE_MARKS = /["'`´‘’‚‛“”„‟«»‹›]/g;
/** Hyphens and the soft hyphen, which a line break in the source may add or remove. */
const HYPHENS = /[-\u00AD\u2010\u2011]/g;

/**
 * A text reduced to what a quotation must keep: the letters, digits and punctuation in order.
 * Line breaks, spacing, hyphenation and the kind of quotation marks do not count, so a quotation
 * typed on one line still matches a source that breaks and hyphenates the words across lines.
 */
export function quotationKey(text: string): string {
  return text.normalize('NFKC').replace(QUOTE_MARKS, '').replace(HYPHENS, '').replace(/\s+/g, '');
}

/** Each parameter of a case's assessment with its evidence quotations. */
function evidenceOf(data: unknown): [string, string[]][] {
  const assessment = fieldOf(data, 'assessment');
  if (typeof assessment !== 'object' || assessment === null) return [];
  return Object.entries(assessment).map(([parameter, value]) => {
    const evidence = fieldOf(value, 'evidence');
    return [parameter, Array.isArray(evidence) ? evidence.filter((q) => typeof q === 'string') : []];
  });
}

/** The outcome: the quotations not found, and the sources whose text was not available. */
export interface QuotationCheck {
  problems: ContentProblem[];
  /** Source ids cited by cases whose text could not be read, so their quotations went unchecked. */
  unchecked: string[];
}

/** Checks every case's evidence quotations against the texts of the sources it cites. */
export function findMisquotations(
  entries: readonly EntryLike[],
  readText: SourceTextReader,
): QuotationCheck {
  const sources = sourcesById(entries);
  const keys = new Map<string, string | undefined>();
  const keyOf = (id: string): string | undefined => {
    if (!keys.has(id)) {
      const source = sources.get(id);
      const text = source?.seedFile === undefined ? undefined : readText(source.seedFile);
      keys.set(id, text === undefined ? undefined : quotationKey(text));
    }
    return keys.get(id);
  };
  const problems: ContentProblem[] = [];
  const unchecked = new Set<string>();
  for (const entry of entriesOf(entries, 'cases')) {
    const cited = [...new Set(citedSourceIds(fieldOf(entry.data, 'sources')))];
    const texts = cited.flatMap((id) => {
      const key = keyOf(id);
      if (key === undefined && sources.has(id)) unchecked.add(id);
      return key === undefined ? [] : [key];
    });
    if (texts.length === 0) continue;
    const names = cited.flatMap((id) => {
      const source = sources.get(id);
      return source?.seedFile === undefined ? [] : [`${source.seedFile} til ${source.file}`];
    });
    for (const [parameter, quotations] of evidenceOf(entry.data)) {
      quotations.forEach((quotation, index) => {
        const key = quotationKey(quotation);
        if (key !== '' && texts.some((text) => text.includes(key))) return;
        problems.push({
          file: describeEntry(entry),
          field: `assessment.${parameter}.evidence[${index}]`,
          message: `citatet står ikke i kildeteksten ${names.join(' eller ')}; kopiér ordene nøjagtigt fra katalogets vurdering`,
          value: quotation,
        });
      });
    }
  }
  return { problems, unchecked: [...unchecked].sort() };
}
