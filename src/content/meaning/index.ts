import type { ContentProblem } from '../check/problem';
import type { EntryLike } from '../integrity';
import { findDuplicateTitles } from './duplicate-titles';
import { findUntrueDates } from './date-truth';
import { findMisquotations, type SourceTextReader } from './quotations';
import { findSourceDisagreements } from './source-agreement';

/** What the checks of meaning need besides the entries. */
export interface MeaningOptions {
  /** The day the check runs, as a UTC calendar day; tests pass a fixed one. */
  today: Date;
  /** The field each collection's entries are known by (`title`, `name`), from the registry. */
  titleFields: Readonly<Record<string, string | undefined>>;
  /** Reads the source texts; absent when no folder of source texts is available. */
  readSourceText?: SourceTextReader | undefined;
  /** How the folder of source texts is named in notices. */
  sourceTextsLabel?: string | undefined;
}

/** The problems found, and notices for the developer log (never shown to readers). */
export interface MeaningCheck {
  problems: ContentProblem[];
  notices: string[];
}

/**
 * The cross-entry checks of what content means: one truth between a pathway and its source,
 * dates that can be true, one title per entry, and quotations found in their source's text.
 */
export function findMeaningProblems(
  entries: readonly EntryLike[],
  options: MeaningOptions,
): MeaningCheck {
  const problems = [
    ...findSourceDisagreements(entries),
    ...findUntrueDates(entries, options.today),
    ...findDuplicateTitles(entries, options.titleFields),
  ];
  if (options.readSourceText === undefined) {
    return {
      problems,
      notices: [
        'Citaterne i casenes vurderinger er ikke kontrolleret: der er ingen kildetekster at sammenligne med (SOURCE_TEXTS_DIR er «off», eller mappen, den eller ../shared/seeds peger på, findes ikke).',
      ],
    };
  }
  const quotations = findMisquotations(entries, options.readSourceText);
  return {
    problems: [...problems, ...quotations.problems],
    notices:
      quotations.unchecked.length === 0
        ? []
        : [
            `Citaterne fra ${quotations.unchecked.join(', ')} er ikke kontrolleret: kildeteksten (seedFile) findes ikke i ${options.sourceTextsLabel ?? 'mappen med kildetekster'}.`,
          ],
  };
}
