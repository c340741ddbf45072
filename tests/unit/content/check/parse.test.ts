import { describe, expect, it } from 'vitest';
import { parseMdxFile, parseYaml, parseYamlFile } from '../../../../src/content/check/parse';

describe('parseYaml', () => {
  it('reads one document, ignoring a byte-order mark and CRLF line endings', () => {
    expect(parseYaml('\ufeffname: Kommune\r\nkind: rolle\r\n')).toEqual({
      data: { name: 'Kommune', kind: 'rolle' },
      problems: [],
    });
  });
  it('reads an unquoted date as a date, as Astro does, so the schema can ask for quotes', () => {
    expect(parseYaml('date: 2018-02-09').data).toEqual({ date: new Date('2018-02-09') });
  });
  it('calls an empty file or one of only comments empty', () => {
    expect(parseYaml('').problems[0]?.message).toContain('filen er tom');
    expect(parseYaml('# kun en kommentar\n').problems[0]?.message).toContain('filen er tom');
  });
  it('refuses a file with two documents and names the line of the second', () => {
    expect(parseYaml('a: 1\n---\na: 2\n').problems).toEqual([
      expect.objectContaining({ field: 'YAML, linje 2', message: expect.stringContaining('mere end ét') }),
    ]);
  });
  it('explains a duplicate key in Danish with its line', () => {
    expect(parseYaml('a: 1\nb: 2\na: 3\n').problems).toEqual([
      expect.objectContaining({ field: 'YAML, linje 3', message: expect.stringContaining('to gange') }),
    ]);
  });
  it('refuses .inf and .nan with the field that holds them', () => {
    expect(parseYaml('rows:\n  - n: .inf\n  - n: .nan\n').problems.map((p) => p.field)).toEqual([
      'rows[0].n',
      'rows[1].n',
    ]);
  });
  it('refuses a file that expands aliases without end instead of crashing', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const name of ['b', 'c', 'd', 'e']) {
      const previous = levels.at(-1)?.[0] ?? 'a';
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    expect(parseYaml(levels.join('\n')).problems[0]?.message).toContain('for mange gentagelser');
  });
  it('adds the line offset of the front matter to line numbers', () => {
    expect(parseYaml('a: [', 4).problems[0]?.field).toMatch(/^YAML, linje [5-9]$/);
  });
});

describe('parseYamlFile', () => {
  it('returns the data of a valid file', () => {
    expect(parseYamlFile('name: A\n').parsed).toEqual({ data: { name: 'A' } });
  });
});

describe('parseMdxFile', () => {
  it('splits front matter from the body and says which file line the body starts on', () => {
    const { parsed } = parseMdxFile('---\ntitle: A\n---\n\nTekst.\n');
    expect(parsed).toEqual({ data: { title: 'A' }, body: '\n\nTekst.\n', bodyLine: 3 });
  });
  it('accepts a byte-order mark and CRLF line endings', () => {
    const { parsed } = parseMdxFile('\ufeff---\r\ntitle: A\r\n---\r\nTekst.\r\n');
    expect(parsed?.data).toEqual({ title: 'A' });
  });
  it('refuses a file without front matter, and TOML front matter', () => {
    expect(parseMdxFile('Bare tekst.\n').problems[0]?.field).toBe('forside (front matter)');
    expect(parseMdxFile('+++\ntitle = "A"\n+++\n').problems[0]?.field).toBe('forside (front matter)');
  });
  it('names front-matter YAML errors by file line', () => {
    expect(parseMdxFile('---\ntitle: A\ntitle: B\n---\n').problems[0]?.field).toBe('YAML, linje 3');
  });
  it('calls an empty file empty', () => {
    expect(parseMdxFile('\n').problems[0]?.message).toContain('filen er tom');
  });
  it('reads the core tags both parsers read alike, and refuses any other tag by its line', () => {
    expect(parseYaml('a: !!str 4\n')).toEqual({ data: { a: '4' }, problems: [] });
    expect(parseYaml('a: 1\nb: !include x.yaml\nc: !!set {x}\n').problems).toEqual([
      expect.objectContaining({ field: 'YAML, linje 2', value: '!include' }),
      expect.objectContaining({ field: 'YAML, linje 3', value: '!!set' }),
    ]);
  });
});
