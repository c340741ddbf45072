import { describe, expect, it } from 'vitest';
import { layoutBarChart, type BarChartInput } from '../../../src/charts/bar-chart';

const format = (value: number) => new Intl.NumberFormat('da-DK').format(value);
const input: BarChartInput = {
  categories: ['Nord', 'Midt', 'Syd'],
  series: [{ label: 'Patienter', values: [40, 10, null] }],
  format,
  notGiven: 'ikke oplyst',
};

describe('layoutBarChart', () => {
  it('makes bar lengths proportional to the values', () => {
    const [nord, midt] = layoutBarChart(input).bars;
    expect(nord!.width / midt!.width).toBeCloseTo(4);
  });

  it('lets the largest bar and its label fit inside the chart', () => {
    const chart = layoutBarChart(input, { width: 300 });
    const widest = chart.bars.reduce((a, b) => (b.width > a.width ? b : a));
    expect(widest.x + widest.width).toBeLessThanOrEqual(300);
    expect(widest.label.x).toBeGreaterThan(widest.x + widest.width);
  });

  it('labels every bar with its value in Danish number format', () => {
    const chart = layoutBarChart({
      ...input,
      series: [{ label: 'Kontakter', values: [1234, 5.5, 0] }],
    });
    expect(chart.bars.map((bar) => bar.label.text)).toEqual(['1.234', '5,5', '0']);
  });

  it('draws no bar for a missing value and says it is not given', () => {
    const syd = layoutBarChart(input).bars[2]!;
    expect(syd.value).toBeNull();
    expect(syd.width).toBe(0);
    expect(syd.label.text).toBe('ikke oplyst');
  });

  it('names the series in each label and in a legend when there are several', () => {
    const chart = layoutBarChart({
      ...input,
      series: [
        { label: 'Mænd', values: [1, 2, 3] },
        { label: 'Kvinder', values: [4, 5, 6] },
      ],
    });
    expect(chart.bars.slice(0, 2).map((bar) => bar.label.text)).toEqual(['Mænd: 1', 'Kvinder: 4']);
    expect(chart.legend.map((entry) => entry.text)).toEqual(['Mænd', 'Kvinder']);
  });

  it('has no legend for a single series', () => {
    expect(layoutBarChart(input).legend).toEqual([]);
  });

  it('puts categories and their bars in order from top to bottom without overlap', () => {
    const chart = layoutBarChart(input);
    const tops = chart.bars.map((bar) => bar.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    chart.bars.slice(1).forEach((bar, index) => {
      const previous = chart.bars[index]!;
      expect(bar.y).toBeGreaterThanOrEqual(previous.y + previous.height);
    });
    expect(chart.height).toBeGreaterThanOrEqual(chart.bars.at(-1)!.y + chart.bars.at(-1)!.height);
  });

  it('writes each category name above its bars', () => {
    const chart = layoutBarChart(input);
    for (const label of chart.categoryLabels) {
      const firstBar = chart.bars.find((bar) => bar.categoryIndex === label.categoryIndex)!;
      expect(label.y).toBeLessThan(firstBar.y);
    }
  });

  it('wraps a long category name over several lines', () => {
    const chart = layoutBarChart(
      { ...input, categories: ['Kræft i tyk- og endetarm samt anus og analkanal', 'B', 'C'] },
      { width: 160 },
    );
    expect(
      chart.categoryLabels.filter((label) => label.categoryIndex === 0).length,
    ).toBeGreaterThan(1);
  });

  it('draws all bars with zero length when every value is zero', () => {
    const chart = layoutBarChart({ ...input, series: [{ label: 'Nul', values: [0, 0, 0] }] });
    expect(chart.bars.map((bar) => bar.width)).toEqual([0, 0, 0]);
  });

  it('refuses a series with a different number of values than categories', () => {
    expect(() => layoutBarChart({ ...input, series: [{ label: 'Kort', values: [1] }] })).toThrow(
      RangeError,
    );
  });
});
