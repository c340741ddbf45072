import { join, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { listSitePages } from '../support/pages';
import { SITE_DIR } from '../support/site-dirs';

// html-validate over every page of the built site, with the project's .htmlvalidate.mjs
// (html-validate:recommended plus a few justified changes, each explained there).

const BROKEN_PAGES = resolve(import.meta.dirname, '../fixtures/broken-pages');

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** Every error and warning html-validate reports for one file: `file:line:col rule: message`. */
async function validate(dir: string, file: string): Promise<string[]> {
  const report = await validator.validateFile(join(dir, file));
  return report.results.flatMap((result) =>
    result.messages.map(
      (message: Message) =>
        `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
    ),
  );
}

describe('the HTML of the built site', () => {
  const { pages } = listSitePages(SITE_DIR);

  it('is checked page by page, the 404 page included', () => {
    expect(pages.map((page) => page.file)).toContain('404.html');
  });

  it('has no html-validate error or warning on any page', async () => {
    const messages: string[] = [];
    for (const page of pages) messages.push(...(await validate(SITE_DIR, page.file)));
    expect(messages).toEqual([]);
  });
});

describe('html-validate, on a deliberately invalid page', () => {
  let messages: string[] = [];
  beforeAll(async () => {
    messages = await validate(BROKEN_PAGES, 'invalid-html.html');
  });

  it.each([
    ['a duplicate id', 'no-dup-id'],
    ['an image without alt text', 'wcag/h37'],
    ['a block element inside a paragraph', 'close-order'],
    ['a deprecated element', 'deprecated'],
    ['a text field sharing the name of a checkbox', 'form-dup-name'],
  ])('reports %s', (_name, rule) => {
    expect(messages.some((message) => message.includes(` ${rule}: `))).toBe(true);
  });
});
