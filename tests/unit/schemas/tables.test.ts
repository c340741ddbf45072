import { describe, expect, it } from 'vitest';
import { responsibilitySchema } from '../../../src/schemas/responsibility';
import { datasetSchema, NOT_STATED } from '../../../src/schemas/dataset';
import { issuesOf } from './helpers';

const validTable = {
  title: 'Ansvarsfordeling',
  caption: 'Opgaver fordelt på aktør og fase',
  description: 'Hvem gør hvad under og efter behandlingen.',
  rowHeading: 'Aktør',
  columns: [
    { id: 'under', label: 'Under behandling', phase: 'behandling' },
    { id: 'efter', label: 'Efter behandling', phase: 'opfoelgning' },
  ],
  rows: [
    { actor: 'sygehus', tasks: { under: ['Vurderer behov'], efter: ['Genoptræningsplan'] } },
    {
      label: 'Aalborg Universitetshospital',
      group: 'Region Nordjylland',
      tasks: { under: ['Ja'] },
    },
  ],
  sources: [{ source: 'sst-kraeft-rehabilitering-2018', section: 'Figur 3' }],
};

describe('responsibilitySchema', () => {
  it('accepts rows with an actor or a label', async () => {
    expect(await issuesOf(responsibilitySchema, validTable)).toEqual([]);
  });
  it('rejects a row with neither actor nor label', async () => {
    const table = { ...validTable, rows: [{ tasks: { under: ['x'] } }] };
    expect(await issuesOf(responsibilitySchema, table)).toEqual([
      expect.stringMatching(/^rows\.0: /),
    ]);
  });
  it('rejects tasks in a column that does not exist and names it', async () => {
    const table = { ...validTable, rows: [{ actor: 'kommune', tasks: { foer: ['x'] } }] };
    expect(await issuesOf(responsibilitySchema, table)).toEqual([
      expect.stringMatching(/^rows\.0\.tasks\.foer: .*foer/),
    ]);
  });
  it('rejects two columns with the same id', async () => {
    const table = { ...validTable, columns: [validTable.columns[0], validTable.columns[0]] };
    expect(await issuesOf(responsibilitySchema, table)).toContainEqual(
      expect.stringMatching(/^columns\.1\.id: .*brugt før/),
    );
  });
  it('rejects a column with an unknown phase', async () => {
    const table = { ...validTable, columns: [{ id: 'under', label: 'Under', phase: 'midt' }] };
    expect((await issuesOf(responsibilitySchema, table)).join()).toMatch(/columns\.0\.phase/);
  });
  it('rejects an empty task list', async () => {
    const table = { ...validTable, rows: [{ actor: 'kommune', tasks: { under: [] } }] };
    expect(await issuesOf(responsibilitySchema, table)).toEqual([
      expect.stringMatching(/^rows\.0\.tasks\.under: /),
    ]);
  });
});

const validDataset = {
  title: 'Patienter per klynge',
  caption: 'Antal patienter per sundhedsklynge',
  columns: [
    { id: 'klynge', label: 'Klynge', kind: 'text' },
    { id: 'patienter', label: 'Patienter', kind: 'count', unit: 'antal' },
  ],
  rows: [
    { klynge: 'Holbæk', patienter: 40 },
    { klynge: 'Køge', patienter: NOT_STATED },
  ],
  chart: { category: 'klynge', series: ['patienter'], title: 'Patienter per klynge' },
  sources: [{ source: 'virsa-amputation-2025', section: 'Tabel 1' }],
};

describe('datasetSchema', () => {
  it('accepts numbers and «ikke oplyst» for values the source does not give', async () => {
    expect(await issuesOf(datasetSchema, validDataset)).toEqual([]);
  });
  it('hands pages null where the content says «ikke oplyst»', () => {
    expect(datasetSchema.parse(validDataset).rows[1]).toEqual({ klynge: 'Køge', patienter: null });
  });
  it('rejects a row that leaves out a column, naming the column', async () => {
    const dataset = { ...validDataset, rows: [{ klynge: 'Holbæk' }] };
    expect(await issuesOf(datasetSchema, dataset)).toEqual([
      expect.stringMatching(/^rows\.0: .*«patienter»/),
    ]);
  });
  it('rejects an empty cell, so a forgotten figure never reads as not stated', async () => {
    const dataset = { ...validDataset, rows: [{ klynge: 'Holbæk', patienter: null }] };
    expect(await issuesOf(datasetSchema, dataset)).toEqual([
      expect.stringMatching(/^rows\.0\.patienter: cellen er tom/),
    ]);
  });
  it('rejects text in a number column', async () => {
    const dataset = { ...validDataset, rows: [{ klynge: 'Holbæk', patienter: 'mange' }] };
    expect(await issuesOf(datasetSchema, dataset)).toEqual([
      expect.stringMatching(/^rows\.0\.patienter: /),
    ]);
  });
  it('rejects a value in a column that does not exist', async () => {
    const dataset = { ...validDataset, rows: [{ klynge: 'Holbæk', patienter: 1, alder: 3 }] };
    expect(await issuesOf(datasetSchema, dataset)).toEqual([
      expect.stringMatching(/^rows\.0\.alder: /),
    ]);
  });
  it('rejects a chart series that is not a number column', async () => {
    const dataset = { ...validDataset, chart: { ...validDataset.chart, series: ['klynge'] } };
    expect(await issuesOf(datasetSchema, dataset)).toEqual([
      expect.stringMatching(/^chart\.series: /),
    ]);
  });
  it('rejects markup in a text cell', async () => {
    const dataset = { ...validDataset, rows: [{ klynge: '<b>Holbæk</b>', patienter: 1 }] };
    expect(await issuesOf(datasetSchema, dataset)).toEqual([
      expect.stringMatching(/^rows\.0\.klynge: /),
    ]);
  });
  it("rejects two columns with the same id, so one column never shows the other's numbers", async () => {
    const dataset = {
      ...validDataset,
      columns: [
        ...validDataset.columns,
        { id: 'patienter', label: 'Kvinder', kind: 'count', unit: 'antal' },
      ],
    };
    expect(await issuesOf(datasetSchema, dataset)).toEqual([
      expect.stringMatching(/^columns\.2\.id: kolonne-id «patienter» er brugt før/),
    ]);
  });
  it('rejects a column id that every JavaScript object already has, such as constructor', async () => {
    const dataset = {
      ...validDataset,
      columns: [...validDataset.columns, { id: 'constructor', label: 'Andet', kind: 'text' }],
      rows: [{ klynge: 'Holbæk', patienter: 1, constructor: 'x' }],
    };
    expect(await issuesOf(datasetSchema, dataset)).toContainEqual(
      expect.stringMatching(/^columns\.2\.id: «constructor» er et navn, som JavaScript selv giver/),
    );
  });
  it('refuses a count written with a Danish thousand dot and spells out the number to write', async () => {
    const asText = { ...validDataset, rows: [{ klynge: 'Holbæk', patienter: '7.342' }] };
    expect(await issuesOf(datasetSchema, asText)).toEqual([
      expect.stringMatching(
        /^rows\.0\.patienter: tallet er skrevet med tusindtalspunktum.*: 7342$/,
      ),
    ]);
    const asNumber = { ...validDataset, rows: [{ klynge: 'Holbæk', patienter: 7.342 }] };
    expect(await issuesOf(datasetSchema, asNumber)).toEqual([
      expect.stringMatching(
        /^rows\.0\.patienter: et antal skal være et helt tal.*«7\.342».*: 7342$/,
      ),
    ]);
  });
  it('refuses a negative count and a percentage above 100', async () => {
    const columns = [
      ...validDataset.columns,
      { id: 'andel', label: 'Andel', kind: 'percentage', unit: '%' },
    ];
    const dataset = {
      ...validDataset,
      columns,
      rows: [{ klynge: 'Holbæk', patienter: -3, andel: 520 }],
    };
    expect(await issuesOf(datasetSchema, dataset)).toEqual([
      expect.stringMatching(/^rows\.0\.patienter: et antal kan ikke være negativt/),
      expect.stringMatching(/^rows\.0\.andel: en procentdel skal ligge fra 0 til 100/),
    ]);
  });
  it('asks an amount for its unit and a text column for none', async () => {
    const columns = [
      { id: 'klynge', label: 'Klynge', kind: 'text', unit: 'navn' },
      { id: 'alder', label: 'Alder', kind: 'amount' },
    ];
    const dataset = {
      ...validDataset,
      columns,
      rows: [{ klynge: 'Holbæk', alder: 70 }],
      chart: undefined,
    };
    expect(await issuesOf(datasetSchema, dataset)).toEqual([
      expect.stringMatching(/^columns\.0\.unit: en tekstkolonne har ingen enhed/),
      expect.stringMatching(/^columns\.1\.unit: angiv enheden/),
    ]);
  });
  it('accepts a totals row that is the sum of the other rows', async () => {
    const rows = [
      { klynge: 'Holbæk', patienter: 40 },
      { klynge: 'Køge', patienter: 2 },
      { klynge: 'Samlet', patienter: 42 },
    ];
    expect(
      await issuesOf(datasetSchema, { ...validDataset, rows, totals: { row: 'Samlet' } }),
    ).toEqual([]);
  });
  it('refuses a total that is not the sum of its rows unless the source prints it so', async () => {
    const rows = [
      { klynge: 'Holbæk', patienter: 40 },
      { klynge: 'Køge', patienter: 2 },
      { klynge: 'Samlet', patienter: 67 },
    ];
    expect(
      await issuesOf(datasetSchema, { ...validDataset, rows, totals: { row: 'Samlet' } }),
    ).toEqual([
      expect.stringMatching(
        /^rows\.2\.patienter: totalen 67 er ikke summen af de andre rækker \(42\)/,
      ),
    ]);
    const printed = {
      ...validDataset,
      rows,
      totals: { row: 'Samlet', differsInSource: ['patienter'] },
    };
    expect(await issuesOf(datasetSchema, printed)).toEqual([]);
  });
  it('refuses a totals row that no row names', async () => {
    const dataset = { ...validDataset, totals: { row: 'I alt' } };
    expect(await issuesOf(datasetSchema, dataset)).toEqual([
      expect.stringMatching(/^totals\.row: ingen række har «I alt»/),
    ]);
  });
});
