import type { Nodes, Root } from 'mdast';
import { MAX_NESTING } from './limits';

/**
 * How deep Markdown nests: quotes, lists, emphasis and links inside each other. The build's
 * Markdown compiler crashes on a few hundred levels and the check's parser slows down sharply
 * long before, so nesting is measured twice: by reading the lines cheaply before the body is
 * parsed (a line of a thousand `>` never reaches a parser), and exactly in the syntax tree.
 */

/** A line made only of `-`, `*` or `_` (three or more, spaces between): a rule, not lists. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** One container marker at the start of a line: `>`, or a list marker and its space. */
const CONTAINER_MARKER = /^[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/;
/** A run of emphasis characters with what stands before and after it. */
const DELIMITER_RUN = /(^|[\s\S])([*_~]+)(?=([\s\S]|$))/gu;

/** How many quote and list markers open the line (`> > - 1. text` has four). */
function openingMarkers(line: string): number {
  if (THEMATIC_BREAK.test(line)) return 0;
  let rest = line;
  let count = 0;
  for (let match = CONTAINER_MARKER.exec(rest); match; match = CONTAINER_MARKER.exec(rest)) {
    count += 1;
    rest = rest.slice(match[0].length);
  }
  return count;
}

const isSpaceOrPunctuation = (char: string) => char === '' || /[\s\p{P}\p{S}]/u.test(char);

/**
 * An estimate of how deep emphasis nests in a paragraph: a run of `*`, `_` or `~` that can only
 * open emphasis goes one level in, one that can only close it comes one level out.
 */
function emphasisDepth(paragraph: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of paragraph.matchAll(DELIMITER_RUN)) {
    const before = match[1] ?? '';
    const after = match[3] ?? '';
    const opens = !/\s/.test(after) && after !== '' && isSpaceOrPunctuation(before);
    const closes = !/\s/.test(before) && before !== '' && isSpaceOrPunctuation(after);
    if (opens && !closes) depth += 1;
    else if (closes && !opens) depth = Math.max(0, depth - 1);
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** The first line (1-based) whose nesting, read without parsing, exceeds the limit. */
export function tooDeepLine(body: string): { line: number; depth: number } | undefined {
  const lines = body.split('\n');
  let paragraph: string[] = [];
  let paragraphStart = 0;
  const closeParagraph = () => {
    const depth = emphasisDepth(paragraph.join('\n'));
    paragraph = [];
    return depth;
  };
  for (const [index, line] of lines.entries()) {
    const markers = openingMarkers(line);
    if (markers > MAX_NESTING) return { line: index + 1, depth: markers };
    if (line.trim() === '') {
      const depth = closeParagraph();
      if (depth > MAX_NESTING) return { line: paragraphStart + 1, depth };
      continue;
    }
    if (paragraph.length === 0) paragraphStart = index;
    paragraph.push(line);
  }
  const depth = closeParagraph();
  return depth > MAX_NESTING ? { line: paragraphStart + 1, depth } : undefined;
}

/** Node types that put their content one level deeper. */
const NESTING_TYPES = new Set<Nodes['type']>([
  'blockquote',
  'list',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'footnoteDefinition',
]);

/** The first node nested deeper than the limit, with its depth, or undefined. */
export function tooDeepNode(tree: Root): { node: Nodes; depth: number } | undefined {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const depth = item.depth + (NESTING_TYPES.has(item.node.type) ? 1 : 0);
    if (depth > MAX_NESTING) return { node: item.node, depth };
    if ('children' in item.node) {
      for (const child of [...item.node.children].reverse()) stack.push({ node: child, depth });
    }
  }
  return undefined;
}
