/**
 * The words an excerpt marks. Pagefind marks only words of the page's text that match the
 * query; a page found through its index-only words (a synonym, a corrected spelling, a
 * compound's parts, see `index-terms.ts`) gets an excerpt with nothing marked. The search
 * page then builds the excerpt itself from the page's text, around the first word the reader
 * meant: a query word, a word of its synonym group, or a part of a compound they typed.
 * Fillers (`stop-words.ts`) are never marked.
 */
import { stripDanishEnding } from './search-query';
import { isStopWord, normaliseWord } from './stop-words';

/** A synonym group as the search page gets it (`content/synonyms/`). */
export interface SynonymTerms {
  terms: readonly string[];
  misspellings: readonly string[];
}

/** One piece of an excerpt: plain text, marked when it matched the query. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/** What an excerpt marks for a query: word beginnings and compound parts. */
export interface Highlight {
  /**
   * A text word starting with one of these (lower case) is marked, and a compound ending with
   * one of them («knæartrose» for «artrose»).
   */
  prefixes: string[];
  /** The query's words without their ending, whose first or last part a text word may be. */
  compounds: string[];
}

/** Shortest word form that marks the words it begins. */
const MIN_PREFIX = 3;
/** Shortest text word that is marked as the first or last part of a typed compound. */
const MIN_PART = 4;
/** Words shown before the first marked word, and in all, in a built excerpt. */
const LEAD_WORDS = 8;
const EXCERPT_WORDS = 30;

const words = (text: string) => text.split(/\s+/).map(normaliseWord).filter(Boolean);

/**
 * The words to mark for the meaningful query words `query`: each word and its form without
 * a Danish ending, and every term of a synonym group the query names (by a term or a
 * misspelling, all of whose words the query holds).
 */
export function highlightFor(
  query: readonly string[],
  synonyms: readonly SynonymTerms[],
): Highlight {
  const typed = query.map(normaliseWord).filter((word) => word !== '' && !isStopWord(word));
  const stems = new Set(typed.map((word) => stripDanishEnding(word)));
  const named = (term: string) => words(term).every((word) => stems.has(stripDanishEnding(word)));
  const prefixes = new Set([...typed, ...stems]);
  for (const group of synonyms) {
    if (![...group.terms, ...group.misspellings].some(named)) continue;
    for (const term of group.terms) for (const word of words(term)) prefixes.add(word);
  }
  return {
    prefixes: [...prefixes].filter((word) => word.length >= MIN_PREFIX && !isStopWord(word)),
    compounds: [...stems].filter((word) => word.length > MIN_PART),
  };
}

/** Shortest word that marks the compounds it ends. */
const MIN_TAIL = 5;

/** True when the text word `word` is one the reader meant. */
export function isHighlighted(word: string, highlight: Highlight): boolean {
  const lower = normaliseWord(word);
  if (lower === '' || isStopWord(lower)) return false;
  // Each part of a hyphenated word counts on its own: «type 2-diabetes».
  if (lower.includes('-') && lower.split('-').some((part) => isHighlighted(part, highlight))) {
    return true;
  }
  const stem = stripDanishEnding(lower);
  if (
    highlight.prefixes.some(
      (prefix) =>
        lower.startsWith(prefix) ||
        (prefix.length >= MIN_TAIL && stem.endsWith(stripDanishEnding(prefix))),
    )
  ) {
    return true;
  }
  return (
    stem.length >= MIN_PART &&
    highlight.compounds.some(
      (compound) => compound !== stem && (compound.startsWith(stem) || compound.endsWith(stem)),
    )
  );
}

/** Pagefind's excerpt pieces with fillers unmarked (Pagefind marks every word it matched). */
export function withoutMarkedFillers(pieces: readonly ExcerptPiece[]): ExcerptPiece[] {
  return pieces.map((piece) =>
    piece.marked && isStopWord(piece.text) ? { ...piece, marked: false } : piece,
  );
}

/**
 * An excerpt of `content` (the page's text) around the first highlighted word, with the
 * highlighted words marked; `null` when the text holds none of them.
 */
export function excerptAround(content: string, highlight: Highlight): ExcerptPiece[] | null {
  const tokens = content.split(/(\s+)/).filter((token) => token !== '');
  const wordAt = tokens.flatMap((token, at) => (/\S/.test(token) ? [at] : []));
  const first = wordAt.findIndex((at) => isHighlighted(tokens[at] ?? '', highlight));
  if (first < 0) return null;
  const start = wordAt[Math.max(0, first - LEAD_WORDS)] ?? 0;
  const endWord = wordAt[Math.min(wordAt.length - 1, first + EXCERPT_WORDS - LEAD_WORDS)] ?? 0;
  const pieces: ExcerptPiece[] = [];
  const add = (text: string, marked: boolean) => {
    const last = pieces.at(-1);
    if (text === '') return;
    if (last && !last.marked && !marked) last.text += text;
    else pieces.push({ text, marked });
  };
  for (const token of tokens.slice(start, endWord + 1)) {
    if (!/\S/.test(token) || !isHighlighted(token, highlight)) {
      add(token, false);
      continue;
    }
    // Punctuation around a word stays outside its mark: «knæartrose,».
    const [, before = '', word = '', after = ''] =
      /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token) ?? [];
    add(before, false);
    add(word, true);
    add(after, false);
  }
  return pieces;
}

/** True when a piece of the excerpt is marked. */
export function hasMark(pieces: readonly ExcerptPiece[]): boolean {
  return pieces.some((piece) => piece.marked);
}
