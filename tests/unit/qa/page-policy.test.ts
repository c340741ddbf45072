import { describe, expect, it } from 'vitest';
import {
  cspProblems,
  elementsBeforePolicy,
  inlineAttributeProblems,
  missingHashes,
  parseCsp,
} from '../../support/page-policy';

const STRICT =
  "default-src 'self'; img-src 'self' data:; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'sha256-def='";

describe('parseCsp', () => {
  it('reads each directive with its sources', () => {
    expect(parseCsp(STRICT).get('img-src')).toEqual(["'self'", 'data:']);
  });
  it('keeps the first of two directives with the same name, as browsers do', () => {
    expect(parseCsp("script-src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });
});

describe('cspProblems', () => {
  it('accepts a strict policy with hashes and wasm-unsafe-eval for scripts', () => {
    expect(cspProblems([STRICT])).toEqual([]);
  });
  it('reports a page without a policy', () => {
    expect(cspProblems([])).toEqual(['no Content-Security-Policy meta tag']);
  });
  it('reports a page with two policies', () => {
    expect(cspProblems([STRICT, STRICT])).toEqual(['2 Content-Security-Policy meta tags']);
  });
  it('reports a policy without default-src', () => {
    expect(cspProblems(["script-src 'self'"])).toEqual(['no default-src']);
  });
  it("reports 'unsafe-inline' in any directive", () => {
    expect(cspProblems(["default-src 'self'; style-src 'self' 'unsafe-inline'"])).toEqual([
      "style-src allows 'unsafe-inline'",
    ]);
  });
  it("reports 'unsafe-eval'", () => {
    expect(cspProblems(["default-src 'self'; script-src 'self' 'unsafe-eval'"])).toEqual([
      "script-src allows 'unsafe-eval'",
    ]);
  });
  it("reports 'wasm-unsafe-eval' outside script-src", () => {
    expect(cspProblems(["default-src 'self' 'wasm-unsafe-eval'; script-src 'self'"])).toEqual([
      "default-src allows 'wasm-unsafe-eval' (only script-src needs it, for Pagefind)",
    ]);
  });
  it('reports scripts allowed from any https origin', () => {
    expect(cspProblems(["default-src 'self'; script-src 'self' https:"])).toEqual([
      'script-src allows any https: source',
    ]);
  });
  it('reports a wildcard default-src when there is no script-src', () => {
    expect(cspProblems(['default-src *'])).toEqual(['script-src allows any origin source']);
  });
});

describe('inlineAttributeProblems', () => {
  it('reports inline styles and inline event handlers', () => {
    expect(
      inlineAttributeProblems([
        { tag: 'p', attributes: ['class', 'style'] },
        { tag: 'img', attributes: ['src', 'onerror'] },
        { tag: 'a', attributes: ['href', 'data-on'] },
      ]),
    ).toEqual(['<p style> (inline style)', '<img onerror> (inline event handler)']);
  });
});

describe('missingHashes', () => {
  it('lists the inline script hashes the policy does not allow', () => {
    expect(
      missingHashes(parseCsp(STRICT), 'script-src', ["'sha256-abc='", "'sha256-xyz='"]),
    ).toEqual(["'sha256-xyz='"]);
  });
  it('falls back to default-src when the directive is missing', () => {
    expect(missingHashes(parseCsp("default-src 'self'"), 'style-src', ["'sha256-def='"])).toEqual([
      "'sha256-def='",
    ]);
  });
});

describe('elementsBeforePolicy', () => {
  it('reports scripts and style sheets before the policy tag', () => {
    expect(
      elementsBeforePolicy(['meta', 'script', 'title', 'meta-csp', 'link-stylesheet', 'script']),
    ).toEqual(['script']);
  });
  it('reports every script and style sheet when there is no policy tag', () => {
    expect(elementsBeforePolicy(['meta', 'style', 'link-stylesheet'])).toEqual([
      'style',
      'link-stylesheet',
    ]);
  });
});
