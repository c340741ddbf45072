import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { headingIds } from '../../text/heading-ids';
import { MAX_MARKS_PER_PARAGRAPH, MAX_NESTING } from './limits';
import { checkLink, checkLinkText, type LinkContext } from './links';
import { quickProblem, tooDeepNode } from './nesting';

/**
 * Content MDX bodies are prose for clinicians: Markdown only. The body is parsed with the
 * micromark/mdast stack MDX itself is built on, so raw HTML, components, imports and
 * {expressions} are found as syntax nodes in any shape (split over lines, nested, in a list),
 * not by reading lines with patterns.
 */

/** A problem in a body, at a line of the body (1-based). */
interface BodyProblem {
  line: number;
  message: string;
  value?: string;
}

/** What the body check needs to know about the page the body is shown on. */
interface BodyContext extends LinkContext {
  /** Ids the page already gives its own sections; a body heading must not take one. */
  reservedIds: readonly string[];
  /** Prefixes of ids the page generates (e.g. `afsnit-`). */
  reservedIdPrefixes: readonly string[];
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

/** Ids the build gives footnotes: the list's heading, and each note and reference. */
const FOOTNOTE_IDS = ['footnote-label'];
const FOOTNOTE_ID_PREFIX = 'user-content-';

// A body's syntax tree depends only on its text; trees are read, never changed.
const trees = new Map<string, { tree?: Root; problem?: BodyProblem }>();

function parse(body: string): { tree?: Root; problem?: BodyProblem } {
  const known = trees.get(body);
  if (known) return known;
  const result = parseUncached(body);
  trees.set(body, result);
  return result;
}

function parseUncached(body: string): { tree?: Root; problem?: BodyProblem } {
  try {
    return {
      tree: fromMarkdown(body, {
        extensions: [mdxjs(), gfm()],
        mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
      }),
    };
  } catch (error) {
    const place = error as { line?: number; message?: string; reason?: string };
    // Some MDX errors carry the place only in their text, e.g. «… (5:1-7:37)».
    const line = place.line ?? Number(/\((\d+):\d+/.exec(place.message ?? '')?.[1] ?? 1);
    return {
      problem: {
        line,
        message:
          'brødteksten kan ikke læses: den indeholder HTML, en komponent eller tegnene { } eller < uden for almindelig Markdown; skriv almindelig Markdown (skriv \\< eller \\{ for selve tegnet)',
        value: place.reason ?? '',
      },
    };
  }
}

function nodeProblem(
  node: Nodes,
  context: BodyContext,
  idFor: (text: string) => string,
  definitions: ReadonlyMap<string, string>,
): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return ['import/export er ikke tilladt; skriv almindelig Markdown'];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return ['et {udtryk} er ikke tilladt; skriv almindelig Markdown (\\{ for selve tegnet)'];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const what = /^[a-z]/.test(name) ? `HTML-elementet <${name}>` : `komponenten <${name}>`;
      return [`${what} er ikke tilladt; skriv almindelig Markdown`];
    }
    case 'html':
      return ['HTML er ikke tilladt; skriv almindelig Markdown'];
    case 'heading': {
      // The text the build slugs: an image in a heading adds nothing (its alt is no text).
      const id = idFor(toString(node, { includeImageAlt: false }));
      const problems: string[] = [];
      if (node.depth === 1) {
        problems.push('en overskrift på niveau 1 (#) er ikke tilladt; siden har allerede sin titel, så brug ## eller ###');
      }
      const taken =
        context.reservedIds.includes(id) ||
        FOOTNOTE_IDS.includes(id) ||
        [...context.reservedIdPrefixes, FOOTNOTE_ID_PREFIX].some((prefix) => id.startsWith(prefix));
      if (taken) {
        problems.push(`overskriften får id'et «${id}», som siden allerede bruger til et afsnit; omformulér overskriften`);
      }
      return problems;
    }
    case 'link':
      return [...checkLink(node.url, 'link', context), ...checkLinkText(toString(node), node.url)];
    case 'linkReference': {
      const url = definitions.get(node.identifier.toLowerCase());
      return url === undefined ? [] : checkLinkText(toString(node), url);
    }
    case 'definition':
      return checkLink(node.url, 'link', context);
    case 'image':
      return checkLink(node.url, 'image', context);
    case 'imageReference': {
      // The image's address is in its definition, which alone would pass as a link.
      const url = definitions.get(node.identifier.toLowerCase());
      return url === undefined ? [] : checkLink(url, 'image', context);
    }
    default:
      return [];
  }
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

const nestingMessage = (depth: number) =>
  `teksten er indlejret ${depth} niveauer dybt (citater med >, lister, fremhævning eller links inden i hinanden), men højst ${MAX_NESTING} er tilladt, fordi dybere tekst kan få byggeriet til at gå ned; skriv teksten fladere`;

const marksMessage = (marks: number) =>
  `afsnittet har ${marks} af tegnene *, _, ~, [ og ], men højst ${MAX_MARKS_PER_PARAGRAPH} er tilladt i ét afsnit, fordi så mange gør teksten meget langsom at læse; del afsnittet op med tomme linjer, eller skriv \\ foran tegn, der ikke er fremhævning eller links`;

/** Every problem in an MDX body, in document order. */
export function findBodyProblems(body: string, context: BodyContext): BodyProblem[] {
  // Read before parsing: a line of a thousand `>` would take the parser minutes.
  const quick = quickProblem(body);
  if (quick) {
    const message = 'depth' in quick ? nestingMessage(quick.depth) : marksMessage(quick.marks);
    return [{ line: quick.line, message }];
  }
  const { tree, problem } = parse(body);
  if (problem) return [problem];
  if (!tree) return [];
  const deepNode = tooDeepNode(tree);
  if (deepNode) return [{ line: lineOf(deepNode.node), message: nestingMessage(deepNode.depth) }];
  const idFor = headingIds();
  const definitions = new Map<string, string>();
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
  });
  const problems: BodyProblem[] = [];
  walk(tree, (node) => {
    for (const message of nodeProblem(node, context, idFor, definitions)) {
      const value = 'url' in node ? node.url : undefined;
      problems.push({ line: lineOf(node), message, ...(value === undefined ? {} : { value }) });
    }
  });
  return problems;
}
