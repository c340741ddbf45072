/**
 * Danish compounds split into words the site itself uses («knæartrose» → «knæ» + «artrose»), and
 * the word forms they are compared in. Nothing is split at a guess: both parts must be known.
 */
import { stripDanishEnding } from './search-query';
import type { SearchVocabulary } from './index-terms';

/** A compound and the two words it is made of, as they are written on the site. */
export interface CompoundSplit {
  head: string;
  tail: string;
}

/**
 * Shortest word that is tried as a compound, and the shortest parts it may split into. Both
 * parts must be words the site uses on their own (the last part in any form), or words of
 * the synonym groups: «knæartrose» splits because «knæ» and «artrose» are both known.
 */
const MIN_COMPOUND = 7;
const MIN_HEAD = 3;
const MIN_TAIL = 4;

/** Prefixes and function words that are never the first part of a compound. */
const NOT_HEADS = new Set([
  'af',
  'be',
  'den',
  'det',
  'efter',
  'for',
  'fra',
  'gen',
  'hel',
  'hen',
  'ind',
  'med',
  'mod',
  'over',
  'sam',
  'til',
  'ud',
  'uden',
  'under',
  'ved',
]);

/** Endings that look like a last part but only make a word (-ende, -inger, -else …). */
const NOT_TAILS = new Set([
  'ende',
  'endes',
  'inger',
  'ingen',
  'ingerne',
  'else',
  'elsen',
  'elser',
  'heden',
  'heder',
  'lige',
  'ligt',
  'ning',
  'ninger',
  'ningen',
]);

/**
 * The letters-only words of a text, lower case, in order («KOL-patienter» → kol, patienter).
 * `toLowerCase` is the same as Danish lower-casing (only Turkish, Azeri and Lithuanian have
 * rules of their own) and several times faster over every page of a large site.
 */
export function textWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** Stems already worked out: the same words recur on every page. */
const stemCache = new Map<string, string>();

/** A word's stem for comparing forms: lower case, one Danish ending removed. */
export function wordStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stripDanishEnding(word.toLocaleLowerCase('da'));
    stemCache.set(word, stem);
  }
  return stem;
}

/**
 * The first part and the rest of a compound: the first part is a word the site uses on its
 * own (also with a linking «s» or «e»), the rest a word of its own in any form.
 */
export function splitCompound(
  word: string,
  vocabulary: Pick<SearchVocabulary, 'words' | 'stems'>,
): CompoundSplit | null {
  const lower = word.toLocaleLowerCase('da');
  if (lower.length < MIN_COMPOUND) return null;
  for (let cut = MIN_HEAD; cut <= lower.length - MIN_TAIL; cut += 1) {
    const written = lower.slice(0, cut);
    const tail = lower.slice(cut);
    if (NOT_TAILS.has(tail)) continue;
    if (!vocabulary.words.has(tail) && !vocabulary.stems.has(wordStem(tail))) continue;
    const candidates = /[se]$/.test(written) ? [written, written.slice(0, -1)] : [written];
    const head = candidates.find(
      (candidate) =>
        candidate.length >= MIN_HEAD &&
        !NOT_HEADS.has(candidate) &&
        vocabulary.words.has(candidate),
    );
    if (head && wordStem(tail) !== wordStem(head)) return { head, tail };
  }
  return null;
}

/** Every part of a compound, split again where the rest is itself a compound. */
export function compoundParts(
  word: string,
  vocabulary: Pick<SearchVocabulary, 'words' | 'stems'>,
): string[] {
  const split = splitCompound(word, vocabulary);
  if (!split) return [];
  return [...new Set([split.head, split.tail, ...compoundParts(split.tail, vocabulary)])];
}
