import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SITE_DIR, SUBPATH_BASE, SUBPATH_SITE_DIR } from '../support/site-dirs';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

/** Parses XML strictly (a mistake throws) into a small tree. */
function parseXml(xml: string): Element {
  const parser = sax.parser(true, { xmlns: false });
  const root: Element = { name: '#root', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.onopentag = (tag) => {
    const element: Element = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: '',
      children: [],
    };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  };
  parser.ontext = (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.onclosetag = () => void stack.pop();
  parser.write(xml).close();
  return root.children[0] as Element;
}

const child = (element: Element, name: string) => element.children.find((c) => c.name === name);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('the Atom feed of the publishing build (dist-rehab/)', () => {
  const home = parse(readFileSync(join(SUBPATH_SITE_DIR, 'index.html'), 'utf8'));
  const link = home.querySelector('head link[rel="alternate"][type="application/atom+xml"]');
  const address = link?.getAttribute('href') ?? '';

  it('is linked from the home page’s head at an absolute address', () => {
    expect(address).toBe(`https://rehab.example.org${SUBPATH_BASE}seneste-aendringer.xml`);
  });

  it('parses as Atom with absolute links, RFC 3339 times and a Danish summary per entry', () => {
    const file = join(SUBPATH_SITE_DIR, new URL(address).pathname.slice(SUBPATH_BASE.length));
    const feed = parseXml(readFileSync(file, 'utf8'));
    expect(feed.name).toBe('feed');
    expect(feed.attributes['xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const name of ['id', 'title', 'updated', 'author'])
      expect(child(feed, name)).toBeDefined();
    expect(child(feed, 'updated')?.text).toMatch(RFC3339);
    const entries = feed.children.filter((c) => c.name === 'entry');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(child(entry, 'id')?.text).toMatch(/^tag:rehab\.example\.org,\d{4}-\d{2}-\d{2}:\//);
      expect(child(entry, 'link')?.attributes['href']).toMatch(
        /^https:\/\/rehab\.example\.org\/rehab\//,
      );
      expect(child(entry, 'updated')?.text).toMatch(RFC3339);
      const summary = child(entry, 'summary')?.text ?? '';
      expect(summary).toMatch(/er (tilføjet|ændret)\.$/);
      expect(summary).not.toMatch(/\.(mdx|yaml)\b|content\//);
    }
  });
});

describe('«Seneste ændringer»', () => {
  it('lists the same changes as the feed, newest first, on pages of 50', () => {
    const page = parse(readFileSync(join(SITE_DIR, 'seneste-aendringer/index.html'), 'utf8'));
    const days = page
      .querySelectorAll('main ol li time')
      .map((time) => time.getAttribute('datetime') ?? '');
    expect(days.length).toBeGreaterThan(0);
    expect(days.length).toBeLessThanOrEqual(50);
    expect([...days].sort().reverse()).toEqual(days);
  });

  it('has no feed in a build without a public address, and says nothing of one', () => {
    expect(existsSync(join(SITE_DIR, 'seneste-aendringer.xml'))).toBe(false);
    const home = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
    expect(home).not.toContain('application/atom+xml');
  });
});
