/**
 * The words a page is indexed by beyond its own text, worked out at build time from the
 * site's vocabulary. Pagefind matches word beginnings and knows no synonyms, so:
 *
 * - a Danish compound is also indexed by its parts («kræftrehabilitering» by «kræft» and
 *   «rehabilitering»), so a search for the last part finds it;
 * - a page that uses both parts of a compound the site uses elsewhere is also indexed by the
 *   compound («kræft» … «patienten» gives «kræftpatienter»);
 * - a page that uses one term of a synonym group is also indexed by the others
 *   («osteoporose» gives «knogleskørhed»).
 *
 * The parts are taken from the site's own words only, so nothing is split at a guess.
 */
import { compoundParts, splitCompound, textWords, wordStem } from './compounds';

/** Words that mean the same (`content/synonyms/`), and their common misspellings. */
export interface SynonymGroup {
  terms: readonly string[];
  misspellings: readonly string[];
}

/** A synonym group as the vocabulary holds it, with the stems of each term's words. */
interface VocabularyGroup extends SynonymGroup {
  termStems: readonly (readonly string[])[];
}

/** A compound of the site, filed under the stem of its first part. */
interface FiledCompound {
  compound: string;
  tailStem: string;
}

/** What the site's pages say, gathered once per build. */
export interface SearchVocabulary {
  /** Groups of terms that mean the same, lower case, words separated by one space. */
  synonyms: readonly VocabularyGroup[];
  /** Every word on the indexed pages and in the synonym groups, lower case. */
  words: ReadonlySet<string>;
  /** The stems of those words, to recognise another form of a word. */
  stems: ReadonlySet<string>;
  /** The parts of every compound among `words` (worked out once, used for every page). */
  parts: ReadonlyMap<string, readonly string[]>;
  /** Every compound among `words`, by the stem of its first part. */
  compoundsByHead: ReadonlyMap<string, readonly FiledCompound[]>;
}

/** The index-only words of one page, each as one space-separated string. */
export interface PageSearchTerms {
  /** What the page is about: its title and topics, with their synonyms (ranks high). */
  topic: string;
  /** For a page about a role (an actor): its name and the role's other names. */
  role: string;
  /** Compound parts, compounds and synonyms of the words in the page's text (ranks low). */
  extra: string;
}

/** Gathers the vocabulary from the text of every indexed page and the synonym groups. */
export function buildVocabulary(
  pageTexts: Iterable<string>,
  synonyms: readonly SynonymGroup[],
): SearchVocabulary {
  const words = new Set<string>();
  for (const text of pageTexts) for (const word of textWords(text)) words.add(word);
  const normalise = (terms: readonly string[]) => terms.map((term) => textWords(term).join(' '));
  const groups = synonyms.map((group) => {
    const terms = normalise(group.terms);
    const termStems = terms.map((term) => textWords(term).map(wordStem));
    return { terms, misspellings: normalise(group.misspellings), termStems };
  });
  for (const group of groups) for (const word of textWords(group.terms.join(' '))) words.add(word);
  const stems = new Set([...words].map(wordStem));
  const parts = new Map<string, string[]>();
  const compoundsByHead = new Map<string, FiledCompound[]>();
  for (const word of words) {
    const split = splitCompound(word, { words, stems });
    if (!split) continue;
    parts.set(word, compoundParts(word, { words, stems }));
    const head = wordStem(split.head);
    const filed = compoundsByHead.get(head) ?? [];
    filed.push({ compound: word, tailStem: wordStem(split.tail) });
    compoundsByHead.set(head, filed);
  }
  return { synonyms: groups, words, stems, parts, compoundsByHead };
}

/** The parts of a word, from the vocabulary when it is one of the site's words. */
function partsOf(word: string, vocabulary: SearchVocabulary): readonly string[] {
  return (
    vocabulary.parts.get(word) ??
    (vocabulary.words.has(word) ? [] : compoundParts(word, vocabulary))
  );
}

/** True when the stems `wanted` follow each other somewhere in `sequence`. */
function containsStems(
  sequence: readonly string[],
  single: ReadonlySet<string>,
  wanted: readonly string[],
): boolean {
  const [first] = wanted;
  if (first === undefined || !single.has(first)) return false;
  if (wanted.length === 1) return true;
  return sequence.some(
    (stem, start) => stem === first && wanted.every((next, at) => sequence[start + at] === next),
  );
}

/** The terms of every synonym group that the words use, minus the ones they already use. */
function synonymsOf(
  words: readonly string[],
  parts: readonly string[],
  vocabulary: SearchVocabulary,
) {
  const sequence = words.map(wordStem);
  const single = new Set([...sequence, ...parts.map(wordStem)]);
  const found: string[] = [];
  for (const group of vocabulary.synonyms) {
    const present = group.terms.filter((_, at) =>
      containsStems(sequence, single, group.termStems[at] ?? []),
    );
    if (present.length === 0) continue;
    found.push(...group.terms.filter((term) => !present.includes(term)), ...group.misspellings);
  }
  return found;
}

function unique(terms: Iterable<string>, except: ReadonlySet<string> = new Set()): string[] {
  return [...new Set(terms)].filter((term) => term !== '' && !except.has(term));
}

/** The compounds of the vocabulary whose two parts are both among `stems`, minus `except`. */
function composedCompounds(
  stems: ReadonlySet<string>,
  vocabulary: SearchVocabulary,
  except: ReadonlySet<string>,
): string[] {
  const found: string[] = [];
  for (const stem of stems) {
    for (const { compound, tailStem } of vocabulary.compoundsByHead.get(stem) ?? []) {
      if (stems.has(tailStem) && !except.has(compound)) found.push(compound);
    }
  }
  return found;
}

/**
 * The index-only words of one page. The topic is the page's title without a qualifier in
 * brackets («LIVA (Aalborg Kommune)» is about LIVA), its topics such as the disease area,
 * their parts, the compounds they make («Kræft: rehabilitering …» gives
 * «kræftrehabilitering») and their synonyms. A page about a role (`isRole`, an actor) has
 * its name as role instead, so a topic's own page outranks an actor named after the topic. A
 * page that is part of another (`ownsTopic: false`, a pathway's background) has no topic.
 */
export function pageSearchTerms(
  page: {
    title: string;
    topics: readonly string[];
    text: string;
    isRole?: boolean;
    ownsTopic?: boolean;
  },
  vocabulary: SearchVocabulary,
): PageSearchTerms {
  const title = page.title
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const titleWords = textWords(page.title);
  const titleParts = titleWords.flatMap((word) => partsOf(word, vocabulary));
  const titleSynonyms = synonymsOf(titleWords, titleParts, vocabulary);
  const topicWords = textWords([page.isRole ? '' : title, ...page.topics].join(' . '));
  const topicParts = topicWords.flatMap((word) => partsOf(word, vocabulary));
  const topicStems = new Set([...topicWords, ...topicParts].map(wordStem));
  const topic = unique([
    ...(page.isRole ? titleSynonyms : [title.toLocaleLowerCase('da')]),
    ...page.topics.map((topic) => topic.toLocaleLowerCase('da')),
    ...topicParts,
    ...composedCompounds(topicStems, vocabulary, new Set(topicWords)),
    ...synonymsOf(topicWords, topicParts, vocabulary),
  ]);
  const role = page.isRole ? unique([page.title.toLocaleLowerCase('da'), ...titleSynonyms]) : [];

  const words = textWords(`${page.title} . ${page.text}`);
  const own = new Set(words);
  const parts = unique(
    [...own].flatMap((word) => partsOf(word, vocabulary)),
    own,
  );
  const present = new Set([...own, ...parts].map(wordStem));
  const synonyms = synonymsOf(words, parts, vocabulary);
  for (const term of synonyms) for (const word of textWords(term)) present.add(wordStem(word));
  return {
    topic: page.ownsTopic === false ? '' : topic.join(' '),
    role: role.join(' '),
    extra: unique(
      [...parts, ...synonyms, ...composedCompounds(present, vocabulary, own)],
      own,
    ).join(' '),
  };
}
