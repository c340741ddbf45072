import { describe, expect, it } from 'vitest';
import { markupProblem } from '../../../src/schemas/plain-text';

describe('markupProblem', () => {
  it('accepts ordinary text that uses &, *, _, # and brackets as text', () => {
    for (const text of [
      'Sundhed & Omsorg',
      'Q&A om træning',
      '2 * 3 borgere',
      'fil_navn og __init',
      'Bilag #3 og C#',
      '- et punkt\n- et andet punkt',
      'Se afsnit [4.2] (side 7)',
    ]) {
      expect(markupProblem(text)).toBeUndefined();
    }
  });
  it('names an HTML entity and the character to write instead', () => {
    expect(markupProblem('f&oslash;r')).toContain('«&oslash;»');
    expect(markupProblem('f&oslash;r')).toContain('(ø)');
    expect(markupProblem('f&#248;r')).toContain('(ø)');
    expect(markupProblem('f&#xF8;r')).toContain('(ø)');
    expect(markupProblem('&hellip;')).toContain('skriv selve tegnet');
  });
  it('names the Markdown it finds: bold, a link, a heading, code', () => {
    expect(markupProblem('træn **før** operation')).toContain('fed skrift («**før**»)');
    expect(markupProblem('træn __før__ operation')).toContain('fed skrift');
    expect(markupProblem('se [her](https://www.sst.dk/)')).toContain('et link');
    expect(markupProblem('Indledning\n## Baggrund')).toContain('en overskrift');
    expect(markupProblem('kør `npm test`')).toContain('kode («`npm test`»)');
  });
});
