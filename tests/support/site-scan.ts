import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import {
  checkLinks,
  cssUrls,
  srcsetUrls,
  type LinkCheckOptions,
  type LinkRef,
  type LinkReport,
} from './link-check';
import { type ElementAttributes } from './page-policy';

/** Every file under a folder, relative to it, with forward slashes. */
export function listFiles(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split(sep).join('/')];
    });
  return walk(dir).sort();
}

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[src]', 'src'],
  ['form[action]', 'action'],
  ['button[formaction]', 'formaction'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
];

/** Attributes that hold a list of image candidates. */
const SRCSET_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['img[srcset]', 'srcset'],
  ['source[srcset]', 'srcset'],
];

/** Every URL in one HTML page. */
export function htmlLinks(page: string, root: HTMLElement): LinkRef[] {
  const refs: LinkRef[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute) ?? '';
      refs.push({ page, source: `${element.tagName.toLowerCase()}[${attribute}]`, value });
    }
  }
  for (const [selector, attribute] of SRCSET_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      for (const value of srcsetUrls(element.getAttribute(attribute) ?? '')) {
        refs.push({ page, source: `${element.tagName.toLowerCase()}[${attribute}]`, value });
      }
    }
  }
  for (const style of root.querySelectorAll('style')) {
    for (const value of cssUrls(style.text)) refs.push({ page, source: 'style url()', value });
  }
  return refs;
}

/** The ids a `#fragment` can point at: every `id`, and `name` on `<a>`. */
export function htmlAnchors(root: HTMLElement): Set<string> {
  const ids = new Set<string>();
  for (const element of root.querySelectorAll('[id]')) ids.add(element.getAttribute('id') ?? '');
  for (const element of root.querySelectorAll('a[name]')) {
    ids.add(element.getAttribute('name') ?? '');
  }
  ids.delete('');
  return ids;
}

/** Every element of a page with its attribute names, for the inline style and handler check. */
export function elementAttributes(root: HTMLElement): ElementAttributes[] {
  return root.querySelectorAll('*').map((element) => ({
    tag: element.tagName.toLowerCase(),
    attributes: Object.keys(element.attributes),
  }));
}

/** The head's elements in order, as `page-policy` expects them (`meta-csp`, `script`, …). */
export function headTags(root: HTMLElement): string[] {
  const head = root.querySelector('head');
  if (!head) return [];
  return head.querySelectorAll('*').map((element) => {
    const tag = element.tagName.toLowerCase();
    if (tag === 'meta' && isCspMeta(element)) return 'meta-csp';
    if (tag === 'link' && /\bstylesheet\b/i.test(element.getAttribute('rel') ?? '')) {
      return 'link-stylesheet';
    }
    return tag;
  });
}

function isCspMeta(element: HTMLElement): boolean {
  return (element.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy';
}

/** The contents of every CSP meta tag on a page. */
export function cspPolicies(root: HTMLElement): string[] {
  return root
    .querySelectorAll('meta[http-equiv]')
    .filter(isCspMeta)
    .map((element) => element.getAttribute('content') ?? '');
}

/** Script types the browser runs (the CSP governs these; JSON data blocks are not run). */
const SCRIPT_TYPES = ['', 'module', 'text/javascript', 'application/javascript'];

/** The CSP source for a piece of inline text: `'sha256-…'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hash sources of a page's inline scripts (`script`) or `<style>` elements (`style`). */
export function inlineHashes(root: HTMLElement, kind: 'script' | 'style'): string[] {
  return root
    .querySelectorAll(kind)
    .filter(
      (element) =>
        kind === 'style' ||
        (!element.hasAttribute('src') &&
          SCRIPT_TYPES.includes((element.getAttribute('type') ?? '').trim().toLowerCase())),
    )
    .map((element) => sha256Source(element.rawText));
}

/** Parses a file of a built site. */
export function readHtml(siteDir: string, file: string): HTMLElement {
  return parse(readFileSync(join(siteDir, file), 'utf8'));
}

/**
 * Checks every link in a built site (HTML pages and style sheets) against its files and
 * ids, under the given base. All problems come back together.
 */
export function checkSiteLinks(siteDir: string, options: LinkCheckOptions): LinkReport {
  const files = listFiles(siteDir);
  const anchors = new Map<string, Set<string>>();
  const refs: LinkRef[] = [];
  for (const file of files) {
    if (file.endsWith('.html')) {
      const root = readHtml(siteDir, file);
      anchors.set(file, htmlAnchors(root));
      refs.push(...htmlLinks(file, root));
    } else if (file.endsWith('.css')) {
      const css = readFileSync(join(siteDir, file), 'utf8');
      refs.push(...cssUrls(css).map((value) => ({ page: file, source: 'css url()', value })));
    }
  }
  return checkLinks(refs, { files: new Set(files), anchors }, options);
}
