/**
 * Content MDX bodies are prose for clinicians: Markdown only. Raw HTML, JSX components,
 * imports and {expressions} would bypass the escaping every text field gets, so they are
 * refused with the line they stand on. Works on the raw body text, so it runs both in the
 * build and in the content check, whatever Markdown processor Astro uses.
 */

/** Where a body leaves plain Markdown, and how. */
export interface NonMarkdown {
  /** Line number within the body (1-based). */
  line: number;
  /** What was found, in Danish, e.g. «HTML-elementet <script>». */
  what: string;
}

const CHECKS: { pattern: RegExp; describe: (match: RegExpExecArray) => string }[] = [
  { pattern: /^\s*(?:import|export)\s/, describe: () => 'import/export' },
  { pattern: /<\/?([A-Za-z][\w.:-]*)[^>]*>/, describe: (m) => `HTML-elementet <${m[1] ?? ''}>` },
  { pattern: /<!--/, describe: () => 'en HTML-kommentar' },
  { pattern: /\{[^}]*\}?/, describe: () => 'et {udtryk}' },
];

/** Finds the first line of `body` that is not plain Markdown; code is skipped. */
export function findNonMarkdown(body: string): NonMarkdown | undefined {
  let inFence = false;
  const lines = body.split('\n');
  for (const [index, rawLine] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    // Inline code and autolinks such as <https://…> are ordinary Markdown.
    const line = rawLine.replace(/`[^`]*`/g, '').replace(/<(?:https?:|mailto:)[^>\s]+>/g, '');
    for (const check of CHECKS) {
      const match = check.pattern.exec(line);
      if (match) return { line: index + 1, what: check.describe(match) };
    }
  }
  return undefined;
}
