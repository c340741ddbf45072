import type { SvgNode } from '../charts/radar-svg';

/**
 * Small DOM helpers for the case scripts. Everything is built with createElement and
 * textContent; nothing is ever parsed as HTML.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Reads a `<script type="application/json">` data block written at build time. */
export function readJsonData<T>(id: string, doc: Document = document): T | null {
  const element = doc.getElementById(id);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as T;
  } catch {
    return null;
  }
}

/** Creates an HTML element with optional class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: (Node | string)[] = [],
  doc: Document = document,
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {}))
    element.setAttribute(name, value);
  for (const child of children) {
    element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return element;
}

/** Turns an SVG tree from `src/charts/radar-svg.ts` into real SVG elements. */
export function renderSvg(node: SvgNode, doc: Document = document): SVGElement {
  const element = doc.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name === 'xmlns') continue;
    element.setAttribute(name, String(value));
  }
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children ?? []) element.append(renderSvg(child, doc));
  return element;
}
