import { parse, type HTMLElement } from 'node-html-parser';

/**
 * Words that belong to the build or to editors, never to readers: how a source was read
 * («tekstudtræk», «udtræk»), data notation («null», YAML, front matter), file paths and schema
 * words, and the English field names of the content. Each pattern is matched case-insensitively
 * in the text a reader sees. «Udtræk» counts only as a word of its own, so the source's own
 * «patientudtræk» and «dataudtrækket» in a case description are not flagged.
 */
const EDITOR_WORDS: readonly { word: string; pattern: RegExp }[] = [
  { word: 'tekstudtræk', pattern: /tekstudtr[æa]k/iu },
  { word: 'udtræk', pattern: /(?<!\p{L})udtr[æa]k/iu },
  { word: 'gået tabt / gik tabt', pattern: /\bg(?:ået|ik)\s+tabt/iu },
  { word: 'null', pattern: /(?<!\p{L})null(?!\p{L})/iu },
  { word: 'YAML', pattern: /(?<!\p{L})ya?ml(?!\p{L})/iu },
  { word: 'content/', pattern: /(?<![\p{L}\d])content\//iu },
  { word: 'schema', pattern: /(?<!\p{L})schema/iu },
  { word: 'frontmatter', pattern: /front\s*-?matter/iu },
  { word: 'ændringshistorik', pattern: /ændringshistorik/iu },
  { word: 'bygget uden', pattern: /(?<!\p{L})bygget\s+uden(?!\p{L})/iu },
  {
    word: 'field name',
    pattern:
      /(?<!\p{L})(?:catalogueSummary|rationale|provenance|derived|catalogue|lostInExtraction|seedFile|diseaseAreas|conditionText|nextReview|sourceDate)(?!\p{L})/iu,
  },
];

/**
 * Elements whose content a reader never sees as text, and text marked as being for programs
 * (`data-machine-text`: the file addresses and FHIR names on «Åbne data»).
 */
const NOT_TEXT = 'script, style, template, [data-machine-text]';

/** Attributes whose values a reader sees or hears (tooltips, alternatives, accessible names). */
const READER_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'] as const;

/**
 * The text of a page that a reader sees or hears: the title, all visible text (screen-reader
 * text included), and the alt, title, aria-label and placeholder attributes. Other attributes
 * (data-*, class, href) are for machines and are left out.
 */
export function readerText(html: string): string[] {
  const root: HTMLElement = parse(html);
  for (const element of root.querySelectorAll(NOT_TEXT)) element.remove();
  const parts = [root.querySelector('title')?.text ?? '', root.querySelector('body')?.text ?? ''];
  for (const attribute of READER_ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) {
      parts.push(element.getAttribute(attribute) ?? '');
    }
  }
  return parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** One editor word found in reader text, with a little context. */
interface EditorWordHit {
  word: string;
  context: string;
}

/** Every editor word in the reader text of one page. */
export function findEditorWords(html: string): EditorWordHit[] {
  const hits: EditorWordHit[] = [];
  for (const text of readerText(html)) {
    for (const { word, pattern } of EDITOR_WORDS) {
      const global = new RegExp(pattern.source, `${pattern.flags}g`);
      for (const match of text.matchAll(global)) {
        const start = Math.max(0, match.index - 40);
        hits.push({ word, context: text.slice(start, match.index + match[0].length + 40) });
      }
    }
  }
  return hits;
}
