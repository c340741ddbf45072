import { describe, expect, it } from 'vitest';
import { findNonMarkdown } from '../../../src/content/plain-markdown';

describe('findNonMarkdown', () => {
  it('accepts headings, lists, links and emphasis', () => {
    const body = '## Behov\n\n- **Fysiske** behov\n- Se [forløbet](/forloeb/)\n\nAlder < 65 år.';
    expect(findNonMarkdown(body)).toBeUndefined();
  });
  it('finds a script element and its line', () => {
    expect(findNonMarkdown('Tekst\n\n<script>alert(1)</script>')).toEqual({
      line: 3,
      what: 'HTML-elementet <script>',
    });
  });
  it('finds a component', () => {
    expect(findNonMarkdown('<Chart data={x} />')?.what).toBe('HTML-elementet <Chart>');
  });
  it('finds an import statement', () => {
    expect(findNonMarkdown("import X from './x.astro';")?.what).toBe('import/export');
  });
  it('finds an expression in braces', () => {
    expect(findNonMarkdown('Der er {antal} patienter')?.what).toBe('et {udtryk}');
  });
  it('finds an HTML comment', () => {
    expect(findNonMarkdown('<!-- skjult -->')?.what).toBe('en HTML-kommentar');
  });
  it('ignores markup inside inline code and fenced code', () => {
    expect(findNonMarkdown('Skriv `<b>` sådan\n\n```\n<script>\n```')).toBeUndefined();
  });
  it('accepts an autolink', () => {
    expect(findNonMarkdown('Se <https://www.sst.dk>')).toBeUndefined();
  });
});
