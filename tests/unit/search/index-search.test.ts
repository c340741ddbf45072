import { describe, expect, it } from 'vitest';
import { isIndexable } from '../../../tools/index-search.mjs';

const page = (main: string) => `<!doctype html><html lang="da"><body>${main}</body></html>`;

describe('isIndexable', () => {
  it('indexes a page whose main carries data-pagefind-body', () => {
    expect(
      isIndexable('forloeb/x/index.html', page('<main id="indhold" data-pagefind-body>')),
    ).toBe(true);
  });
  it('skips a page without data-pagefind-body', () => {
    expect(isIndexable('om/index.html', page('<main id="indhold">'))).toBe(false);
  });
  it('never indexes the 404 page or the search page, whatever their markup', () => {
    expect(isIndexable('404.html', page('<main data-pagefind-body>'))).toBe(false);
    expect(isIndexable('soeg/index.html', page('<main data-pagefind-body>'))).toBe(false);
  });
  it('does not mistake the attribute name in text for the attribute', () => {
    expect(isIndexable('om/index.html', page('<main><p>data-pagefind-body</p>'))).toBe(false);
  });
});
