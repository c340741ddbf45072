import { describe, expect, it } from 'vitest';
import {
  BOM,
  casesToCsv,
  casesToJson,
  csvCell,
  csvHeadings,
  scoreHeading,
  toCsv,
} from '../../../src/catalogue/case-export';
import { toCaseRecord } from '../../../src/catalogue/case-record';
import { caseInput, rubric } from './case-fixture';

const record = toCaseRecord('samblik', caseInput({ title: 'Samblik' }), '/cases/samblik/', rubric);

describe('CSV cells', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Samblik')).toBe('Samblik');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
  });
  it('quotes a cell with a semicolon', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
  });
  it('quotes a cell with a quote and doubles the quote', () => {
    expect(csvCell('kaldet "Vi samler"')).toBe('"kaldet ""Vi samler"""');
  });
  it('quotes a cell with a line break', () => {
    expect(csvCell('to\nlinjer')).toBe('"to\nlinjer"');
  });
  it('keeps a comma unquoted, because the separator is the semicolon', () => {
    expect(csvCell('Kommune, Sygehus')).toBe('Kommune, Sygehus');
  });
  it('defuses text that Excel would read as a formula', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('-1')).toBe("'-1");
  });
});

describe('score headings', () => {
  it('say in the heading that a column of derived scores is derived', () => {
    expect(scoreHeading([record], 'goals')).toBe('Mål (afledt af dette site)');
  });
  it('leave the mark out when every score in the column is the catalogue’s', () => {
    const input = caseInput();
    input.assessment.goals.provenance = 'catalogue';
    expect(scoreHeading([toCaseRecord('x', input, '/x/', rubric)], 'goals')).toBe('Mål');
  });
});

describe('casesToCsv', () => {
  const csv = casesToCsv([record]);

  it('starts with a byte order mark so Excel reads UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });
  it('separates cells with semicolons and ends lines with CRLF', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(csvHeadings([record]).join(';'));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
  });
  it('marks every score heading and the sum as derived', () => {
    const headings = csv.slice(1).split('\r\n')[0]?.split(';') ?? [];
    expect(headings.slice(8, 14)).toEqual([
      'Teori og viden (afledt af dette site)',
      'Virkning (afledt af dette site)',
      'Beskrivelse (afledt af dette site)',
      'Mål (afledt af dette site)',
      'Overførbarhed (afledt af dette site)',
      'Sum af afledte scorer',
    ]);
  });
  it('writes one row per case with its scores, sum and page', () => {
    const cells = csv.slice(1).split('\r\n')[1]?.split(';');
    expect(cells?.slice(0, 3)).toEqual(['samblik', 'Samblik', 'Pilotprojekt']);
    expect(cells?.slice(8, 14)).toEqual(['2', '3', '3', '4', '3', '15']);
    expect(cells?.[14]).toBe('/cases/samblik/');
  });
  it('says so when the catalogue gives no period', () => {
    expect(csv).toContain(';Ikke oplyst i kataloget;');
  });
  it('writes an empty table as the heading row alone', () => {
    expect(toCsv([['a', 'b']])).toBe(`${BOM}a;b\r\n`);
  });
});

describe('casesToJson', () => {
  const json = JSON.parse(
    casesToJson([record], {
      source: 'Kataloget',
      rubricUrl: '/cases/om-vurderingerne/',
      generated: '2026-11-23',
    }),
  );

  it('lists every case with each score, its provenance and its deciding words', () => {
    expect(json.cases).toHaveLength(1);
    expect(json.cases[0].scores.theory).toMatchObject({
      score: 2,
      provenance: 'derived',
      evidence: ['ord om theory'],
    });
    expect(json.cases[0].total).toBe(15);
  });
  it('says at the top that derived scores are the site’s, not the catalogue’s', () => {
    expect(json.notice).toMatch(/udledt af dette site/);
    expect(json.parameters[0]).toEqual({
      id: 'theory',
      label: 'Teori og viden',
      heading: 'Teori og viden (afledt af dette site)',
    });
    expect(json.rubricUrl).toBe('/cases/om-vurderingerne/');
  });
  it('gives the scale from the assessment model', () => {
    expect(json.scale).toEqual({ min: 1, max: 4, totalMax: 20 });
  });
});
