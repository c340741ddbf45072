import { describe, expect, it } from 'vitest';
import { findEditorWords, readerText } from '../../support/reader-text';

const page = (body: string, head = '<title>Side</title>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('readerText', () => {
  it('takes the title, the visible text and the alt, title, aria-label and placeholder values', () => {
    const text = readerText(
      page(
        '<p>Synlig</p><img alt="Alternativ"><a title="Værktøjstip" aria-label="Navn">x</a><input placeholder="Søg">',
      ),
    );
    expect(text).toEqual(
      expect.arrayContaining(['Side', 'Alternativ', 'Værktøjstip', 'Navn', 'Søg']),
    );
    expect(text.join(' ')).toContain('Synlig');
  });

  it('leaves out scripts, styles and machine attributes such as data-*', () => {
    const text = readerText(
      page(
        '<p data-note="tekstudtræk">Tekst</p><script>const yaml = 1</script><style>.null{}</style>',
      ),
    ).join(' ');
    expect(text).not.toMatch(/tekstudtræk|yaml|null/);
  });
});

describe('findEditorWords', () => {
  it('finds how a source was read in the visible text', () => {
    expect(
      findEditorWords(page('<p>Figuren er gået tabt i tekstudtrækket.</p>')).map((hit) => hit.word),
    ).toEqual(['tekstudtræk', 'gået tabt / gik tabt']);
  });

  it('finds null, YAML, file paths, schema words and English field names', () => {
    const words = findEditorWords(
      page(
        '<p>står cellen tom (null)</p><p>Ret YAML i content/cases/ efter schema og frontmatter</p><p>provenance: derived</p>',
      ),
    ).map((hit) => hit.word);
    expect(words).toEqual(
      expect.arrayContaining(['null', 'YAML', 'content/', 'schema', 'frontmatter', 'field name']),
    );
  });

  it('finds editor words in an aria-label as well', () => {
    expect(findEditorWords(page('<a aria-label="catalogueSummary">x</a>'))).toHaveLength(1);
  });

  it('accepts the sources own compounds and ordinary Danish words', () => {
    expect(
      findEditorWords(
        page(
          '<p>et systematisk patientudtræk; dataudtrækket; tabt arbejdsfortjeneste; Datatræk fra januar 2025; skemaet; nul</p>',
        ),
      ),
    ).toEqual([]);
  });
});
