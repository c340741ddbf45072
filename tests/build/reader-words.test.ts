import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../support/built-pages';
import { findEditorWords } from '../support/reader-text';
import { SITE_DIR } from '../support/site-dirs';

const pages = listHtmlFiles(SITE_DIR);

describe('the words readers see on the built pages', () => {
  it('builds pages to check', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it('never say how a source was read, nor use build or editor words, on any page', () => {
    const found = pages.flatMap((page) =>
      findEditorWords(readFileSync(join(SITE_DIR, page), 'utf8')).map(
        (hit) => `${page}: «${hit.word}» in «${hit.context}»`,
      ),
    );
    expect(found).toEqual([]);
  });
});
