import { describe, expect, it } from 'vitest';
import {
  indexedText,
  isIndexable,
  pageAttributeValues,
  pageTitle,
  stagedPage,
  withSearchTerms,
} from '../../../src/search/indexed-page';

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

describe('indexedText', () => {
  const html = page(
    '<header>Menu</header><main data-pagefind-body><p class="no-print"><a href="/">← Alle</a></p>' +
      '<h1>Knæ &amp; hofte</h1><ul data-pagefind-ignore><li><ul><li>Gentaget</li></ul></li></ul>' +
      '<p>Se <a href="/x/">Kræft</a> og <b>træning</b>.</p><script>x()</script></main>',
  );
  it('keeps the text of main, decoded, without ignored elements, scripts or the header', () => {
    expect(indexedText(html)).toBe('← Alle Knæ & hofte Se Kræft og træning .');
  });
  it('leaves out elements with an excluded class', () => {
    expect(indexedText(html, ['no-print'])).toBe('Knæ & hofte Se Kræft og træning .');
  });
  it('leaves out link texts when asked, as they name other pages', () => {
    expect(indexedText(html, ['no-print'], { links: false })).toBe('Knæ & hofte Se og træning .');
  });
});

describe('pageTitle', () => {
  it('reads the first heading of main, as Pagefind does', () => {
    expect(pageTitle(page('<main><h1 class="x">Kræft: <em>rehabilitering</em></h1></main>'))).toBe(
      'Kræft: rehabilitering',
    );
  });
});

describe('pageAttributeValues', () => {
  it('reads the values of one filter from the hidden spans', () => {
    const html = page(
      '<main><span hidden data-pagefind-filter="sygdomsområde[data-value]" data-value="Kræft"></span>' +
        '<span hidden data-pagefind-filter="region[data-value]" data-value="Region Sjælland"></span></main>',
    );
    expect(pageAttributeValues(html, 'data-pagefind-filter', 'sygdomsområde')).toEqual(['Kræft']);
  });
});

describe('withSearchTerms', () => {
  it('adds the index-only words as hidden, empty metadata spans at the start of main', () => {
    const html = withSearchTerms(page('<main id="m"><h1>T</h1></main>'), {
      topic: 'knæ "artrose"',
      role: '',
      extra: 'slidgigt',
    });
    expect(html).toContain(
      '<main id="m"><span hidden data-pagefind-meta="emne[data-value]" data-value="knæ &quot;artrose&quot;"></span>' +
        '<span hidden data-pagefind-meta="soegeord[data-value]" data-value="slidgigt"></span><h1>',
    );
  });
});

describe('indexedText on long pages', () => {
  it('removes thousands of ignored elements and keeps the text between them', () => {
    const items = Array.from(
      { length: 5000 },
      (_, i) => `<li>vist ${i}<span data-pagefind-ignore>skjult <b>${i}</b></span></li>`,
    ).join('');
    const text = indexedText(page(`<main data-pagefind-body><ul>${items}</ul>`));
    expect(text.startsWith('vist 0 vist 1 vist 2')).toBe(true);
    expect(text).not.toContain('skjult');
    expect(text.split(' ')).toHaveLength(10000);
  });
});

describe('stagedPage', () => {
  const html =
    '<!doctype html><html lang="da"><head><title>Knæ | Site</title><link rel="stylesheet" href="/a.css"></head>' +
    '<body><header>Menu</header><main id="indhold" data-pagefind-body><h1 id="t">Knæ</h1>' +
    '<p class="no-print">← Alle</p><svg><text>diagram</text></svg>' +
    '<div data-pagefind-ignore>Oplysningerne kan være forældede</div><p>Træning først.</p>' +
    '</main><footer>Udgiver</footer></body></html>';
  const staged = stagedPage(html, ['no-print'], { topic: 'knæartrose', role: '', extra: '' });

  it('keeps the language, the title and the main element with its own words', () => {
    expect(staged).toContain('<html lang="da">');
    expect(staged).toContain('<title>Knæ | Site</title>');
    expect(staged).toContain('<main id="indhold" data-pagefind-body>');
    expect(staged).toContain('<h1 id="t">Knæ</h1>');
    expect(staged).toContain('<p>Træning først.</p>');
  });

  it('leaves out what Pagefind would skip and what is outside main', () => {
    for (const skipped of ['Menu', 'Udgiver', 'diagram', 'forældede', '← Alle', 'a.css']) {
      expect(staged).not.toContain(skipped);
    }
  });

  it('adds the index-only words as metadata', () => {
    expect(staged).toContain('data-value="knæartrose"');
  });
});
