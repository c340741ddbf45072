/**
 * Plain-text fields are shown exactly as written (escaped), never read as HTML or Markdown. So
 * an HTML entity (`f&oslash;r`) or Markdown (`**fed**`, `[tekst](adresse)`, `# `, backticks)
 * typed into one would reach the reader as those very characters; both are refused with a hint.
 */

/** A few entities editors type, with the character to write instead. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  aelig: 'æ',
  oslash: 'ø',
  aring: 'å',
  AElig: 'Æ',
  Oslash: 'Ø',
  Aring: 'Å',
  eacute: 'é',
  amp: '&',
  nbsp: 'et almindeligt mellemrum',
  quot: '"',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  lt: '<',
  gt: '>',
};

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));/i;

/** The character an entity stands for, when it is known. */
function entityCharacter(match: RegExpExecArray): string | undefined {
  const [, decimal, hex, name] = match;
  const code =
    decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : undefined;
  if (code !== undefined)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  return NAMED_ENTITIES[name ?? ''];
}

/** Markdown that would show literally, each with what it is called in the message. */
const MARKDOWN: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /(\*\*|__)(?=\S)[^\n]*?\S\1/, what: 'fed skrift' },
  { pattern: /!?\[[^\]\n]+\]\([^)\n]*\)/, what: 'et link' },
  { pattern: /^ {0,3}#{1,6}[ \t]/m, what: 'en overskrift' },
  { pattern: /`[^`\n]+`/, what: 'kode' },
];

/** Why a plain-text value holds markup that would show literally, or undefined. */
export function markupProblem(value: string): string | undefined {
  const entity = ENTITY.exec(value);
  if (entity !== null) {
    const character = entityCharacter(entity);
    const instead = character === undefined ? 'selve tegnet' : `selve tegnet (${character})`;
    return `indeholder HTML-koden «${entity[0]}», som vises, som den står; skriv ${instead}`;
  }
  for (const { pattern, what } of MARKDOWN) {
    const found = pattern.exec(value)?.[0];
    if (found !== undefined) {
      return `indeholder Markdown for ${what} («${found}»), som vises, som det står: feltet er almindelig tekst, så skriv teksten uden *, _, #, [ ](…) og \``;
    }
  }
  return undefined;
}
