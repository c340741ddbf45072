import { describe, expect, it } from 'vitest';
import { findBodyProblems } from '../../../../src/content/check/body';

const context = {
  pagePath: '/forloeb/knae/',
  exists: (path: string) => path === '/kilder/',
  reservedIds: ['trin-for-trin'],
  reservedIdPrefixes: ['tabel-'],
};
const problems = (body: string) => findBodyProblems(body, context);
const messages = (body: string) => problems(body).map((p) => p.message);

describe('findBodyProblems', () => {
  it('accepts headings, lists, emphasis, tables, links and a lone < or >', () => {
    const body =
      '## Behov\n\n- **Fysiske** behov\n- Se [kilderne](../../kilder/)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nAlder < 65 år og 2 > 1.\n';
    expect(problems(body)).toEqual([]);
  });
  it('finds a meta refresh element split over several lines, on the line it starts', () => {
    const body = 'Tekst.\n\n<meta\n  http-equiv="refresh"\n  content="0; url=https://example.com"\n/>\n';
    expect(problems(body)).toEqual([
      { line: 3, message: expect.stringContaining('HTML-elementet <meta>') },
    ]);
  });
  it('reports an unclosed element as a body that cannot be read, with its line', () => {
    const [found] = problems('Tekst.\n\n<meta\nhttp-equiv="refresh">\n\nMere.\n');
    expect(found?.line).toBe(3);
    expect(found?.message).toContain('kan ikke læses');
  });
  it('finds components, inline elements, imports and expressions', () => {
    expect(messages('<Chart />')).toEqual([expect.stringContaining('komponenten <Chart>')]);
    expect(messages('Med <b>fed</b>.')).toEqual([expect.stringContaining('HTML-elementet <b>')]);
    expect(messages("import X from './x.astro';")).toEqual([expect.stringContaining('import/export')]);
    expect(messages('Der er {antal}.')).toEqual([expect.stringContaining('et {udtryk}')]);
  });
  it('finds an element nested in a list item or a table cell', () => {
    expect(messages('- a <script>x</script>')).toHaveLength(1);
    expect(messages('| a |\n| - |\n| <iframe /> |')).toEqual([expect.stringContaining('<iframe>')]);
  });
  it('ignores markup inside inline code and fenced code', () => {
    expect(problems('Skriv `<b>` sådan\n\n```\n<script>\n```\n')).toEqual([]);
  });
  it('refuses a level-1 heading in either syntax', () => {
    expect(messages('# Titel')).toEqual([expect.stringContaining('niveau 1')]);
    expect(messages('Titel\n=====')).toEqual([expect.stringContaining('niveau 1')]);
  });
  it('refuses a heading whose id the page already uses, or generates', () => {
    expect(messages('## Trin for trin')).toEqual([expect.stringContaining('«trin-for-trin»')]);
    expect(messages('## Tabel knae')).toEqual([expect.stringContaining('«tabel-knae»')]);
  });
  it('checks links, link definitions and images with their address as the value', () => {
    expect(problems('[x](javascript:alert(1))')).toEqual([
      { line: 1, message: expect.stringContaining('«javascript:»'), value: 'javascript:alert(1)' },
    ]);
    expect(messages('[x][a]\n\n[a]: vbscript:x')).toEqual([expect.stringContaining('«vbscript:»')]);
    expect(messages('![logo](https://example.com/a.png)')).toEqual([
      expect.stringContaining('andre websteder'),
    ]);
  });
  it('checks an image whose address is in a link definition as an image', () => {
    expect(messages('![logo][l]\n\n[l]: https://example.com/a.png')).toEqual([
      expect.stringContaining('andre websteder'),
    ]);
  });
  it('reports every problem of a body, not only the first', () => {
    expect(messages('# A\n\n<b>x</b>\n\n[y](/findes/)')).toHaveLength(4);
  });
  it('accepts nesting up to the limit and rules drawn with many spaced stars', () => {
    const quotes = `${'>'.repeat(20)} Dybt, men tilladt.\n\n${'* '.repeat(30)}\n\n${'- '.repeat(20)}punkt\n`;
    expect(problems(quotes)).toEqual([]);
  });
  it('refuses nesting past the limit before parsing, and nesting by indentation in the tree', () => {
    expect(messages(`Tekst.\n\n${'>'.repeat(21)} Citat.\n`)).toEqual([
      expect.stringContaining('indlejret 21 niveauer'),
    ]);
    const indented = Array.from({ length: 22 }, (_, i) => `${'  '.repeat(i)}- Punkt`).join('\n');
    expect(problems(indented)).toEqual([
      { line: 21, message: expect.stringContaining('indlejret 21 niveauer') },
    ]);
  });
  it('counts emphasis and brackets per run of text, so long lists and tables of links pass', () => {
    const list = Array.from({ length: 60 }, (_, i) => `- [**Link ${i}**](https://www.sst.dk/${i})`).join('\n');
    const table = `| a | b |\n| - | - |\n${'| **x** | [y](https://www.sst.dk/) |\n'.repeat(60)}`;
    expect(problems(`${list}\n\n${table}`)).toEqual([]);
  });
  it('refuses a paragraph with more than 100 emphasis and bracket characters, before parsing it', () => {
    expect(problems(`Tekst.\n\n${'x*a '.repeat(101)}\n`)).toEqual([
      { line: 3, message: expect.stringContaining('afsnittet har 101 af tegnene') },
    ]);
    expect(problems(`${'\\* '.repeat(150)}\n`)).toEqual([]);
  });
  it('refuses a heading whose id a footnote takes', () => {
    expect(messages('## Footnote label\n\n## User content fn 1\n')).toEqual([
      expect.stringContaining("id'et «footnote-label»"),
      expect.stringContaining("id'et «user-content-fn-1»"),
    ]);
  });
});
