/**
 * Security rules every built page must follow, as pure functions over what a page contains
 * (its Content-Security-Policy meta tag and its elements' attributes). Parsing HTML happens
 * elsewhere (tests/support/site-scan.ts).
 */

/** A CSP as directive name → source list: `script-src` → [`'self'`, `'sha256-…'`]. */
export type CspDirectives = Map<string, string[]>;

/** Parses a policy string (`default-src 'self'; img-src 'self' data:`). Names are lower-cased. */
export function parseCsp(policy: string): CspDirectives {
  const directives: CspDirectives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === undefined || name === '') continue;
    const key = name.toLowerCase();
    // The first occurrence of a directive wins, as in browsers.
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** Sources that switch off what the policy is for. */
const UNSAFE_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"];

/** Sources that let scripts come from anywhere. */
const WIDE_SOURCES = ['*', 'http:', 'https:', 'data:', 'blob:'];

/**
 * What is wrong with the CSP meta tags of one page: none, several, a missing `default-src`,
 * `'unsafe-inline'`/`'unsafe-eval'` anywhere, or a script source open to any origin.
 * (`'wasm-unsafe-eval'` is allowed: Pagefind compiles WebAssembly.)
 */
export function cspProblems(policies: readonly string[]): string[] {
  if (policies.length === 0) return ['no Content-Security-Policy meta tag'];
  if (policies.length > 1) return [`${policies.length} Content-Security-Policy meta tags`];
  const directives = parseCsp(policies[0] ?? '');
  const problems: string[] = [];
  if (!directives.has('default-src')) problems.push('no default-src');
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (UNSAFE_SOURCES.includes(source.toLowerCase())) problems.push(`${name} allows ${source}`);
    }
  }
  for (const [name, sources] of directives) {
    if (name !== 'script-src' && sources.includes("'wasm-unsafe-eval'")) {
      problems.push(`${name} allows 'wasm-unsafe-eval' (only script-src needs it, for Pagefind)`);
    }
  }
  const scriptSources = directives.get('script-src') ?? directives.get('default-src') ?? [];
  for (const source of scriptSources) {
    if (WIDE_SOURCES.includes(source.toLowerCase())) {
      problems.push(`script-src allows any ${source === '*' ? 'origin' : source} source`);
    }
  }
  return problems;
}

/** An element as the checks see it: tag name and attribute names. */
export interface ElementAttributes {
  tag: string;
  attributes: readonly string[];
}

/**
 * Inline styles and inline event handlers (`style=`, `onclick=`, …): the CSP blocks both,
 * so they would silently do nothing. Returns one line per offending attribute.
 */
export function inlineAttributeProblems(elements: readonly ElementAttributes[]): string[] {
  const problems: string[] = [];
  for (const element of elements) {
    for (const attribute of element.attributes) {
      const name = attribute.toLowerCase();
      if (name === 'style') problems.push(`<${element.tag} style> (inline style)`);
      else if (/^on[a-z]+$/.test(name)) {
        problems.push(`<${element.tag} ${name}> (inline event handler)`);
      }
    }
  }
  return problems;
}

/**
 * A CSP in a meta tag only governs what comes after it: every script, style sheet and
 * `<style>` in the head must follow the tag. `headTags` lists the head's elements in order
 * (`meta-csp` for the policy tag itself). Returns the tags that come too early.
 */
export function elementsBeforePolicy(headTags: readonly string[]): string[] {
  const index = headTags.indexOf('meta-csp');
  const before = index === -1 ? headTags : headTags.slice(0, index);
  return before.filter((tag) => tag === 'script' || tag === 'style' || tag === 'link-stylesheet');
}

/**
 * Inline scripts and styles run only if the policy lists their hash. `hashes` are the
 * `'sha256-…'` sources of the page's inline `<script>` (or `<style>`) contents; returns
 * those the directive (`script-src` or `style-src`, else `default-src`) does not list.
 */
export function missingHashes(
  directives: CspDirectives,
  directive: 'script-src' | 'style-src',
  hashes: readonly string[],
): string[] {
  const sources = directives.get(directive) ?? directives.get('default-src') ?? [];
  return hashes.filter((hash) => !sources.includes(hash));
}
