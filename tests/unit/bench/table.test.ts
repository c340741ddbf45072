import { describe, expect, it } from 'vitest';
import {
  HEADINGS,
  figureRow,
  formatTable,
  goalChecks,
  goalLines,
  memorySlopes,
  msPerPage,
  ratioRow,
  sizeTable,
  timeSlopes,
  totalMs,
  type BuildFigures,
} from '../../../tools/bench/table.mjs';

const site: BuildFigures = {
  entries: 500,
  pages: 500,
  astroMs: 40_000,
  indexMs: 10_000,
  cpuMs: 45_000,
  peakKb: 1024 * 1024,
  indexBytes: 3 * 1024 * 1024,
};
const bare: BuildFigures = {
  entries: 500,
  pages: 500,
  astroMs: 20_000,
  indexMs: 5_000,
  cpuMs: 30_000,
  peakKb: 512 * 1024,
  indexBytes: 2 * 1024 * 1024,
};

describe('build figures', () => {
  it('adds the astro and index steps into the total and divides it by the pages', () => {
    expect(totalMs(site)).toBe(50_000);
    expect(msPerPage(site)).toBe(100);
  });

  it('gives no time per page for a build that wrote no pages', () => {
    expect(msPerPage({ ...site, pages: 0 })).toBeNaN();
  });
});

describe('figureRow', () => {
  it('shows seconds, pages per second, milliseconds per page, megabytes', () => {
    expect(figureRow('site', site)).toEqual([
      'site',
      '500',
      '500',
      '40.0',
      '10.0',
      '50.0',
      '45.0',
      '10.0',
      '100.0',
      '90.0',
      '1024',
      '3.0',
    ]);
  });

  it('has one cell per heading', () => {
    expect(figureRow('bare', bare)).toHaveLength(HEADINGS.length);
  });
});

describe('ratioRow', () => {
  it('divides the site figures by the bare ones', () => {
    const row = ratioRow(site, bare);
    expect(row[0]).toBe('site ÷ bare');
    expect(row[HEADINGS.indexOf('total s')]).toBe('2.00×');
    expect(row[HEADINGS.indexOf('ms/page')]).toBe('2.00×');
    expect(row[HEADINGS.indexOf('cpu ms/page')]).toBe('1.50×');
    expect(row[HEADINGS.indexOf('peak MB')]).toBe('2.00×');
    expect(row[HEADINGS.indexOf('index MB')]).toBe('1.50×');
  });

  it('writes a dash where a figure is missing', () => {
    const row = ratioRow({ ...site, cpuMs: Number.NaN }, bare);
    expect(row[HEADINGS.indexOf('cpu s')]).toBe('–');
  });
});

describe('formatTable', () => {
  it('pads a Markdown table with the first column left-aligned and the rest right-aligned', () => {
    expect(
      formatTable(
        ['build', 'pages'],
        [
          ['site', '5'],
          ['bare', '512'],
        ],
      ),
    ).toBe(
      ['| build | pages |', '| ----- | ----: |', '| site  |     5 |', '| bare  |   512 |'].join(
        '\n',
      ),
    );
  });
});

describe('sizeTable', () => {
  it('prints site, bare and the ratio when both ran', () => {
    const lines = sizeTable({ site, bare }).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(/^\| site ÷ bare/);
  });

  it('prints only the build that ran', () => {
    expect(sizeTable({ site }).split('\n')).toHaveLength(3);
  });
});

describe('slopes', () => {
  const builds: BuildFigures[] = [
    { ...site, entries: 500, pages: 500, peakKb: 600_000, astroMs: 50_000, indexMs: 0 },
    { ...site, entries: 2000, pages: 2000, peakKb: 900_000, astroMs: 170_000, indexMs: 0 },
    { ...site, entries: 5000, pages: 5000, peakKb: 1_500_000, astroMs: 410_000, indexMs: 0 },
  ];

  it('gives the extra memory per extra entry between consecutive sizes', () => {
    expect(memorySlopes(builds)).toEqual([
      { from: 500, to: 2000, kbPerEntry: 200 },
      { from: 2000, to: 5000, kbPerEntry: 200 },
    ]);
  });

  it('gives the extra time per extra page between consecutive sizes', () => {
    expect(timeSlopes(builds)).toEqual([
      { from: 500, to: 2000, msPerExtraPage: 80 },
      { from: 2000, to: 5000, msPerExtraPage: 80 },
    ]);
  });
});

describe('goalChecks', () => {
  it('compares cost per page and per entry with the bare build and says if the goal is met', () => {
    const checks = goalChecks({ ...site, pages: 1000 }, bare);
    const wall = checks.find((check) => check.name === 'build time (wall)');
    // 50 s for 1,000 pages against 25 s for 500: the same per page, twice per entry.
    expect(wall).toEqual({ name: 'build time (wall)', perPage: 1, perEntry: 2, met: true });
    const index = checks.find((check) => check.name === 'search index size');
    expect(index?.perPage).toBeCloseTo(0.75);
  });

  it('marks a ratio above 1.2 as not met', () => {
    const [wall] = goalChecks(site, bare);
    expect(wall?.perPage).toBe(2);
    expect(wall?.met).toBe(false);
    expect(goalLines([wall!])[0]).toBe(
      'build time (wall): 2.00× bare per page (goal ≤ 1.2×: NOT met); 2.00× per entry',
    );
  });
});
