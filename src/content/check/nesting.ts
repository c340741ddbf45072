import type { Nodes, Root } from 'mdast';
import { MAX_MARKS_PER_PARAGRAPH, MAX_NESTING } from './limits';

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

/** Emphasis and bracket characters that Markdown may pair up (not escaped with `\`). */
const PAIRED_MARK = /(?<!\\)(?:[*_~]+|[[\]])/g;

/** A line that starts a heading or a table row, whose text Markdown reads on its own. */
const BLOCK_START = /^ {0,3}[#|]/;

/** What the quick reading finds wrong with a body: a line too deep, or a paragraph too marked. */
export type QuickProblem = { line: number; depth: number } | { line: number; marks: number };

/** Too many emphasis and bracket characters in one run of text, or undefined. */
function marksProblem(run: readonly string[], start: number): QuickProblem | undefined {
  const marks = run.join('\n').match(PAIRED_MARK)?.length ?? 0;
  return marks > MAX_MARKS_PER_PARAGRAPH ? { line: start + 1, marks } : undefined;
}

/** Emphasis nested too deep in the lines up to a blank line, or undefined. */
function depthProblem(block: readonly string[], start: number): QuickProblem | undefined {
  const depth = emphasisDepth(block.join('\n'));
  return depth > MAX_NESTING ? { line: start + 1, depth } : undefined;
}

/**
 * The first problem found by reading the body's lines without parsing them: a line that opens
 * more quotes and lists than the nesting limit; lines up to a blank line whose emphasis nests
 * deeper (counted over them all, which can only count too much); or a run of text with more
 * emphasis and bracket characters than the parsers can pair up in good time. A run is what
 * Markdown reads as one piece of text: a list item, quote, heading or table row starts a new one.
 */
export function quickProblem(body: string): QuickProblem | undefined {
  let block: string[] = [];
  let blockStart = 0;
  let run: string[] = [];
  let runStart = 0;
  for (const [index, line] of body.split('\n').entries()) {
    const markers = openingMarkers(line);
    if (markers > MAX_NESTING) return { line: index + 1, depth: markers };
    const blank = line.trim() === '';
    if (blank || markers > 0 || BLOCK_START.test(line)) {
      const problem = marksProblem(run, runStart);
      if (problem) return problem;
      run = [];
    }
    if (blank) {
      const problem = depthProblem(block, blockStart);
      if (problem) return problem;
      block = [];
      continue;
    }
    if (block.length === 0) blockStart = index;
    if (run.length === 0) runStart = index;
    block.push(line);
    run.push(line);
  }
  return marksProblem(run, runStart) ?? depthProblem(block, blockStart);
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
