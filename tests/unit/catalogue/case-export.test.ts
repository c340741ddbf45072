import { describe, expect, it } from 'vitest';
import {
  BOM,
  CSV_HEADINGS,
  TOTAL_MAX,
  casesToCsv,
  casesToJson,
  csvCell,
  jsonForScriptElement,
  provenanceSummary,
  regionNames,
  toCaseRecord,
  toCsv,
} from '../../../src/catalogue/case-export';
import { caseInput } from './case-fixture';

const record = toCaseRecord('samblik', caseInput({ title: 'Samblik' }), '/cases/samblik/');

describe('toCaseRecord', () => {
  it('adds up the five scores to the total', () => {
    expect(record.total).toBe(15);
    expect(TOTAL_MAX).toBe(20);
  });
  it('labels the total as derived when any score is derived', () => {
    expect(record.totalProvenance).toBe('derived');
  });
  it('labels the total as the catalogue’s only when every score is', () => {
    const input = caseInput();
    for (const p of Object.values(input.assessment)) p.provenance = 'catalogue';
    expect(toCaseRecord('x', input, '/x/').totalProvenance).toBe('catalogue');
  });
  it('gives Danish labels for status, disease areas, regions and sectors', () => {
    expect(record.statusLabel).toBe('Pilotprojekt');
    expect(record.diseaseAreaLabels).toEqual(['Diabetes']);
    expect(record.regionLabels).toEqual(['Region Midtjylland']);
    expect(record.sectorLabels).toEqual(['Kommune', 'Sygehus']);
  });
  it('calls a nationwide offer «Hele landet»', () => {
    expect(regionNames({ regions: [], nationwide: true })).toEqual(['Hele landet']);
  });
  it('keeps a missing period as null', () => {
    expect(record.period).toBeNull();
  });
});

describe('provenanceSummary', () => {
  it('gives one label when all five scores share their provenance', () => {
    expect(provenanceSummary(record)).toBe('Afledt af dette site');
  });
  it('names each parameter when provenance is mixed', () => {
    const input = caseInput();
    input.assessment.effect.provenance = 'catalogue';
    const summary = provenanceSummary(toCaseRecord('x', input, '/x/'));
    expect(summary).toContain('Virkning: Katalogets score');
    expect(summary).toContain('Teori og viden: Afledt af dette site');
  });
});

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

describe('casesToCsv', () => {
  const csv = casesToCsv([record]);

  it('starts with a byte order mark so Excel reads UTF-8', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });
  it('separates cells with semicolons and ends lines with CRLF', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADINGS.join(';'));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
  });
  it('writes one row per case with scores, total and provenance', () => {
    const cells = csv.slice(1).split('\r\n')[1]?.split(';');
    expect(cells?.slice(0, 3)).toEqual(['samblik', 'Samblik', 'Pilotprojekt']);
    expect(cells?.slice(8, 14)).toEqual(['2', '3', '3', '4', '3', '15']);
    expect(cells?.[14]).toBe('Afledt af dette site');
    expect(cells?.[15]).toBe('/cases/samblik/');
  });
  it('says so when the catalogue gives no period', () => {
    expect(csv).toContain(';Ikke oplyst i kataloget;');
  });
  it('has Danish headings with æ, ø and å', () => {
    expect(CSV_HEADINGS).toContain('Overførbarhed');
    expect(CSV_HEADINGS).toContain('Mål');
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

  it('lists every case with each score and its provenance', () => {
    expect(json.cases).toHaveLength(1);
    expect(json.cases[0].scores.theory).toEqual({
      score: 2,
      provenance: 'derived',
      provenanceLabel: 'Afledt af dette site',
    });
    expect(json.cases[0].total).toBe(15);
    expect(json.cases[0].totalProvenance).toBe('derived');
  });
  it('explains the scale, the parameters and where derived scores come from', () => {
    expect(json.scale).toEqual({ min: 1, max: 4, totalMax: 20 });
    expect(json.parameters.map((p: { id: string }) => p.id)).toEqual([
      'theory',
      'effect',
      'description',
      'goals',
      'transferability',
    ]);
    expect(json.provenance.rubricUrl).toBe('/cases/om-vurderingerne/');
    expect(json.generated).toBe('2026-11-23');
  });
});

describe('jsonForScriptElement', () => {
  it('escapes characters that could end a script element', () => {
    const text = jsonForScriptElement({ title: '</script><img src=x onerror=alert(1)>&' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text)).toEqual({ title: '</script><img src=x onerror=alert(1)>&' });
  });
});
