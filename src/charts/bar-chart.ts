import { estimateTextWidth, wrapToWidth } from '../text/text-wrap';

/**
 * Geometry of a horizontal bar chart drawn at build time as SVG.
 *
 * Bars run left to right so long category names fit on a phone: each category gets its
 * name on a line of its own, then one bar per series. Every bar is labelled with its value
 * (and, with more than one series, the series name), so nothing depends on colour alone.
 * A missing value draws no bar, only the «not given» text. Pure: numbers in, boxes out.
 */

export interface BarSeriesInput {
  label: string;
  /** One value per category; null where the source gives none. */
  values: readonly (number | null)[];
}

export interface BarChartInput {
  categories: readonly string[];
  series: readonly BarSeriesInput[];
  /** Formats a value for its label (e.g. Danish number format). */
  format: (value: number) => string;
  /** Text shown instead of a bar where a value is missing. */
  notGiven: string;
}

export interface BarChartOptions {
  /** Total width of the chart. */
  width?: number;
  barHeight?: number;
  /** Space between bars of one category. */
  barGap?: number;
  /** Space between categories. */
  groupGap?: number;
  /** Font size of category names. */
  categoryFont?: number;
  /** Font size of value labels. */
  valueFont?: number;
}

export interface TextItem {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface Bar {
  categoryIndex: number;
  seriesIndex: number;
  value: number | null;
  x: number;
  y: number;
  /** Zero for a missing value, a zero or a negative value. */
  width: number;
  height: number;
  /** The label next to the bar: value, with the series name when there are several series. */
  label: TextItem;
}

export interface BarChartLayout {
  width: number;
  height: number;
  /** x of the baseline all bars start from. */
  baseline: number;
  /** Top and bottom of the baseline. */
  baselineTop: number;
  baselineBottom: number;
  /** The largest value drawn; a bar this large fills the space for bars. */
  max: number;
  categoryLabels: (TextItem & { categoryIndex: number })[];
  bars: Bar[];
  /** Legend entries for several series (empty for one). */
  legend: (TextItem & { seriesIndex: number; swatch: { x: number; y: number; size: number } })[];
}

const DEFAULTS: Required<BarChartOptions> = {
  width: 360,
  barHeight: 16,
  barGap: 4,
  groupGap: 12,
  categoryFont: 12,
  valueFont: 11,
};

function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Lays out the chart. Throws when a series has a different number of values than categories. */
export function layoutBarChart(
  input: BarChartInput,
  options: BarChartOptions = {},
): BarChartLayout {
  const o = { ...DEFAULTS, ...options };
  const { categories, series } = input;
  if (series.length === 0) throw new RangeError('Et søjlediagram skal have mindst én serie');
  for (const s of series) {
    if (s.values.length !== categories.length) {
      throw new RangeError(
        `Serien «${s.label}» har ${s.values.length} værdier, men der er ${categories.length} kategorier`,
      );
    }
  }
  const several = series.length > 1;
  const labelText = (seriesIndex: number, value: number | null) => {
    const shown = value === null ? input.notGiven : input.format(value);
    return several ? `${series[seriesIndex]?.label}: ${shown}` : shown;
  };

  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = Math.max(0, ...values);
  const baseline = 1;
  const labelGap = 4;
  // Room for the longest value label after the longest bar.
  const longestLabel = Math.max(
    ...series.flatMap((s, si) =>
      s.values.map((v) => estimateTextWidth(labelText(si, v), o.valueFont)),
    ),
  );
  const barSpace = Math.max(o.width * 0.25, o.width - baseline - labelGap - longestLabel);

  let y = 0;
  const legend: BarChartLayout['legend'] = [];
  if (several) {
    series.forEach((s, seriesIndex) => {
      const size = o.valueFont;
      legend.push({
        seriesIndex,
        text: s.label,
        x: size + 6,
        y: round(y + size),
        swatch: { x: 0, y: round(y + 1), size },
      });
      y += o.valueFont * 1.5;
    });
    y += o.groupGap / 2;
  }

  const categoryLabels: BarChartLayout['categoryLabels'] = [];
  const bars: Bar[] = [];
  const baselineTop = y;
  categories.forEach((category, categoryIndex) => {
    for (const line of wrapToWidth(category, o.width, o.categoryFont)) {
      y += o.categoryFont * 1.25;
      categoryLabels.push({ categoryIndex, text: line, x: 0, y: round(y - o.categoryFont * 0.25) });
    }
    y += 3;
    series.forEach((s, seriesIndex) => {
      const value = s.values[categoryIndex] ?? null;
      const width = value === null || value <= 0 || max === 0 ? 0 : (value / max) * barSpace;
      bars.push({
        categoryIndex,
        seriesIndex,
        value,
        x: baseline,
        y: round(y),
        width: round(width),
        height: o.barHeight,
        label: {
          text: labelText(seriesIndex, value),
          x: round(baseline + width + labelGap),
          y: round(y + o.barHeight / 2 + o.valueFont * 0.35),
        },
      });
      y += o.barHeight + o.barGap;
    });
    y += o.groupGap - o.barGap;
  });

  return {
    width: o.width,
    height: Math.ceil(y),
    baseline,
    baselineTop: round(baselineTop),
    baselineBottom: round(y - o.groupGap + o.barGap),
    max,
    categoryLabels,
    bars,
    legend,
  };
}
