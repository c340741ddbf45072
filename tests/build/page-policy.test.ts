import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cspProblems,
  elementsBeforePolicy,
  inlineAttributeProblems,
  missingHashes,
  parseCsp,
} from '../support/page-policy';
import { listSitePages } from '../support/pages';
import {
  cspPolicies,
  elementAttributes,
  headTags,
  inlineHashes,
  readHtml,
} from '../support/site-scan';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';

// The security rules of every built page that can be read from its HTML: the CSP meta tag
// (Astro's `security.csp`), and nothing inline that the policy would block.

const BROKEN_PAGES = resolve(import.meta.dirname, '../fixtures/broken-pages');

/** Every policy problem of one page, prefixed with the page. */
function pageProblems(dir: string, file: string): string[] {
  const root = readHtml(dir, file);
  const policies = cspPolicies(root);
  const directives = parseCsp(policies[0] ?? '');
  return [
    ...cspProblems(policies),
    ...elementsBeforePolicy(headTags(root)).map((tag) => `<${tag}> before the CSP meta tag`),
    ...inlineAttributeProblems(elementAttributes(root)),
    ...missingHashes(directives, 'script-src', inlineHashes(root, 'script')).map(
      (hash) => `inline script ${hash} not in script-src`,
    ),
    ...missingHashes(directives, 'style-src', inlineHashes(root, 'style')).map(
      (hash) => `inline style ${hash} not in style-src`,
    ),
  ].map((problem) => `${file}: ${problem}`);
}

const builds = [
  { label: 'the root build', dir: SITE_DIR, base: '/' },
  { label: `the ${SUBPATH_BASE} build`, dir: SUBPATH_SITE_DIR, base: SUBPATH_BASE },
];

describe.each(builds)('every page of $label', ({ dir, base }) => {
  const files = listSitePages(dir, base).pages.map((page) => page.file);
  const each = (check: (file: string) => string[]) => files.flatMap(check);

  it('carries one CSP meta tag with default-src and no unsafe source', () => {
    expect(each((file) => cspProblems(cspPolicies(readHtml(dir, file))))).toEqual([]);
  });

  it('puts the CSP meta tag before every script and style sheet it governs', () => {
    expect(each((file) => elementsBeforePolicy(headTags(readHtml(dir, file))))).toEqual([]);
  });

  it('has no inline style attribute or inline event handler', () => {
    expect(
      each((file) =>
        inlineAttributeProblems(elementAttributes(readHtml(dir, file))).map(
          (problem) => `${file}: ${problem}`,
        ),
      ),
    ).toEqual([]);
  });

  it('lists the hash of every inline script and style in its policy', () => {
    expect(
      each((file) => pageProblems(dir, file).filter((problem) => problem.includes(' not in '))),
    ).toEqual([]);
  });
});

describe('the page policy checks, on deliberately unsafe pages', () => {
  const weak = pageProblems(BROKEN_PAGES, 'csp-weak.html');

  it.each([
    ["'unsafe-inline'", "csp-weak.html: script-src allows 'unsafe-inline'"],
    ["'unsafe-eval'", "csp-weak.html: script-src allows 'unsafe-eval'"],
    ['a script source open to any https origin', 'csp-weak.html: script-src allows any https:'],
    ["'wasm-unsafe-eval' outside script-src", "csp-weak.html: style-src allows 'wasm-unsafe-eval'"],
    ['a script before the policy', 'csp-weak.html: <script> before the CSP meta tag'],
    ['an inline style', 'csp-weak.html: <h1 style> (inline style)'],
    ['an inline event handler', 'csp-weak.html: <button onclick> (inline event handler)'],
  ])('reports %s', (_name, expected) => {
    expect(weak.some((problem) => problem.startsWith(expected))).toBe(true);
  });

  it('reports an inline script whose hash the policy does not list', () => {
    expect(pageProblems(BROKEN_PAGES, 'csp-violation.html')).toContainEqual(
      expect.stringMatching(/^csp-violation\.html: inline script 'sha256-.+' not in script-src$/),
    );
  });

  it('reports a page without a policy', () => {
    expect(pageProblems(BROKEN_PAGES, 'foreign-request.html')).toContain(
      'foreign-request.html: no Content-Security-Policy meta tag',
    );
  });
});
