/**
 * The schemas document every field with a doc comment (`/** … *\/`) in their source, and that
 * comment is the one place the meaning of a field is written. The published JSON Schemas carry
 * the same words as `description`, read from the source text at build time, so nothing is
 * written twice. Pure: it reads text, the caller supplies the files.
 */

/** The doc comments of one object literal passed to `z.strictObject({…})` or `z.object({…})`. */
export interface ObjectDocs {
  /** The literal's keys, in order. */
  keys: string[];
  /** Doc comment per key, for the keys that have one. */
  fields: Record<string, string>;
  /** The doc comment of the declaration the literal opens (`/** … *\/ export const x = z…`). */
  object?: string | undefined;
}

const OBJECT_OPENER = /\bz\s*\.\s*(?:strictObject|object|looseObject)\s*\(\s*\{/y;
const KEY_AFTER_DOC = /\s*(?:'([^']+)'|"([^"]+)"|([A-Za-z_$][\w$]*))\s*:/y;
const DECLARATION = /\s*(?:export\s+)?const\s/y;

/** The text of a doc comment: `*` margins removed, lines joined, inline code marks dropped. */
export function commentText(comment: string): string {
  return comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trim())
    .filter((line) => line.length > 0)
    .join(' ')
    .replace(/`([^`]*)`/g, '$1')
    .trim();
}

/** Index just past a string or template literal that starts at `start`. */
function skipString(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Index just past a comment that starts at `start` (`//` or `/*`), or `start` when none does. */
function skipComment(text: string, start: number): number {
  if (text.startsWith('//', start)) {
    const end = text.indexOf('\n', start);
    return end === -1 ? text.length : end;
  }
  if (text.startsWith('/*', start)) {
    const end = text.indexOf('*/', start + 2);
    return end === -1 ? text.length : end + 2;
  }
  return start;
}

/** The key that starts at `from` (after space and comments), or undefined. */
function keyAt(source: string, from: number): string | undefined {
  let next = from;
  for (;;) {
    while (/\s/.test(source[next] ?? '')) next += 1;
    const skipped = skipComment(source, next);
    if (skipped === next) break;
    next = skipped;
  }
  KEY_AFTER_DOC.lastIndex = next;
  const key = KEY_AFTER_DOC.exec(source);
  return key ? (key[1] ?? key[2] ?? key[3]) : undefined;
}

/**
 * Every object literal of a zod object schema in `source`, with the doc comments of its keys
 * (only the literal's own keys, not those of objects nested inside it) and of the declaration
 * that opens it.
 */
export function objectDocs(source: string): ObjectDocs[] {
  const found: ObjectDocs[] = [];
  /** Open object literals: their record and the brace depth inside them. */
  const open: { docs: ObjectDocs; depth: number }[] = [];
  let depth = 0;
  let pendingDoc: string | undefined;
  let declarationDoc: string | undefined;
  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? '';
    if (char === "'" || char === '"' || char === '`') {
      i = skipString(source, i);
      continue;
    }
    const afterComment = skipComment(source, i);
    if (afterComment !== i) {
      if (source.startsWith('/**', i)) {
        pendingDoc = commentText(source.slice(i, afterComment));
        DECLARATION.lastIndex = afterComment;
        if (depth === 0 && DECLARATION.test(source)) declarationDoc = pendingDoc;
        const inner = open.at(-1);
        KEY_AFTER_DOC.lastIndex = afterComment;
        const key = KEY_AFTER_DOC.exec(source);
        if (inner && inner.depth === depth && key) {
          inner.docs.fields[key[1] ?? key[2] ?? key[3] ?? ''] = pendingDoc;
        }
      }
      i = afterComment;
      continue;
    }
    OBJECT_OPENER.lastIndex = i;
    const opener = OBJECT_OPENER.exec(source);
    if (opener) {
      depth += 1;
      const docs: ObjectDocs = { keys: [], fields: {}, object: declarationDoc };
      declarationDoc = undefined;
      found.push(docs);
      open.push({ docs, depth });
      i = OBJECT_OPENER.lastIndex;
      const key = keyAt(source, i);
      if (key !== undefined) docs.keys.push(key);
      continue;
    }
    if (char === '{' || char === '(' || char === '[') depth += 1;
    if (char === '}' || char === ')' || char === ']') {
      if (open.at(-1)?.depth === depth && char === '}') open.pop();
      depth -= 1;
    }
    // A key of the innermost open literal: after a comma at its depth.
    const inner = open.at(-1);
    if (inner && inner.depth === depth && char === ',') {
      const key = keyAt(source, i + 1);
      if (key !== undefined) inner.docs.keys.push(key);
    }
    if (depth === 0 && char === ';') declarationDoc = undefined;
    i += 1;
  }
  return found;
}
