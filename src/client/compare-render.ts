import {
  NOTABLE_DIFFERENCE,
  evidenceRows,
  extremeLabel,
  factRows,
  scoreRows,
  type CompareRow,
} from '../catalogue/compare-table';
import type { CaseRecord } from '../catalogue/case-record';
import { buildRadarChart, legendSample } from '../charts/radar-svg';
import { seriesStyle } from '../charts/radar-geometry';
import { PARAMETERS, SCORE_MAX } from '../catalogue/assessment-model';
import { compareTexts, parameterChartLines } from '../i18n/cases';
import { el, renderSvg } from './dom';

/**
 * The comparison as the browser draws it for the chosen cases: the radar chart with its legend
 * and the three side-by-side tables, built with DOM APIs only (nothing parsed as HTML).
 */

function joinNames(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

/** The chart with its legend, and the three side-by-side tables. */
export function renderComparison(
  chosen: readonly CaseRecord[],
  doc: Document = document,
): HTMLElement[] {
  const chart = buildRadarChart({
    axes: PARAMETERS.map((p) => parameterChartLines[p]),
    series: chosen.map((c) => ({
      name: c.title,
      scores: PARAMETERS.map((p) => c.scores[p].score),
    })),
    title: compareTexts.chartTitle(joinNames(chosen.map((c) => c.title))),
    description: `${compareTexts.chartDesc} ${chosen
      .map(
        (c) =>
          `${c.title}: ${PARAMETERS.map((p) => `${c.scores[p].label} ${c.scores[p].score}`).join(', ')}`,
      )
      .join('. ')}.`,
    idPrefix: 'compare-radar',
    max: SCORE_MAX,
  });
  const legend = el(
    'ul',
    { className: 'radar-legend' },
    chosen.map((c, index) => {
      const style = seriesStyle(index);
      return el('li', {}, [
        renderSvg(legendSample(index), doc),
        el('span', {}, [
          el('a', { text: c.title, attrs: { href: c.url } }),
          el('span', {
            className: 'radar-legend-style',
            text: ` (${compareTexts.seriesLabel(compareTexts.markers[style.marker], compareTexts.lines[style.line])})`,
          }),
        ]),
      ]);
    }),
    doc,
  );
  const figure = el('figure', { className: 'compare-figure' }, [
    el('div', { className: 'compare-chart' }, [renderSvg(chart, doc)]),
    el('figcaption', {}, [
      el('p', { className: 'font-semibold', text: compareTexts.legend }),
      legend,
    ]),
  ]);
  return [
    figure,
    el('p', {
      className: 'compare-diff-note',
      text: compareTexts.notableExplained(NOTABLE_DIFFERENCE),
    }),
    section(
      'compare-scores',
      compareTexts.scoresHeading,
      compareTexts.scoresCaption,
      chosen,
      scoreRows(chosen),
      doc,
    ),
    section(
      'compare-evidence',
      compareTexts.evidenceHeading,
      compareTexts.evidenceCaption,
      chosen,
      evidenceRows(chosen),
      doc,
    ),
    section(
      'compare-facts',
      compareTexts.factsHeading,
      compareTexts.factsCaption,
      chosen,
      factRows(chosen),
      doc,
    ),
  ];
}

function cellContent(cell: CompareRow['cells'][number], isScore: boolean): (Node | string)[] {
  if (isScore) {
    return [
      el('span', { className: 'score', text: cell.text }),
      ...(cell.extreme
        ? [
            ' ',
            el('span', {
              className: `extreme extreme-${cell.extreme}`,
              text: extremeLabel(cell.extreme),
            }),
          ]
        : []),
    ];
  }
  return [
    el('p', { className: cell.detail ? 'evidence-quote' : '', text: cell.text }),
    ...(cell.detail ? [el('p', { className: 'mt-1 text-sm', text: cell.detail })] : []),
    ...(cell.note ? [el('p', { className: 'notice mt-1 text-sm', text: cell.note })] : []),
  ];
}

function section(
  id: string,
  title: string,
  caption: string,
  chosen: readonly CaseRecord[],
  rows: readonly CompareRow[],
  doc: Document,
): HTMLElement {
  const headingId = `${id}-heading`;
  const isScore = id === 'compare-scores';
  const head = el('thead', {}, [
    el('tr', {}, [
      el('th', { attrs: { scope: 'col' } }, [
        el('span', { className: 'visually-hidden', text: compareTexts.rowHeader }),
      ]),
      ...chosen.map((c) =>
        el('th', { attrs: { scope: 'col' } }, [el('a', { text: c.title, attrs: { href: c.url } })]),
      ),
    ]),
  ]);
  const body = el(
    'tbody',
    {},
    rows.map((row) =>
      el('tr', { className: row.notable ? 'is-notable' : '', attrs: { 'data-row': row.key } }, [
        el('th', { attrs: { scope: 'row' } }, [
          row.label,
          ...(row.notable
            ? [
                ' ',
                el('span', {
                  className: 'diff-badge',
                  text: compareTexts.notable(NOTABLE_DIFFERENCE),
                }),
              ]
            : []),
        ]),
        ...row.cells.map((cell, index) =>
          el(
            'td',
            { attrs: { 'data-label': chosen[index]?.title ?? '' } },
            cellContent(cell, isScore),
          ),
        ),
      ]),
    ),
    doc,
  );
  const table = el(
    'table',
    { className: `data-table compare-table compare-cols-${chosen.length}` },
    [el('caption', { text: caption }), head, body],
  );
  return el('section', { className: 'mt-10', attrs: { 'aria-labelledby': headingId } }, [
    el('h3', { className: 'text-xl', text: title, attrs: { id: headingId } }),
    el('div', { className: 'mt-3' }, [table]),
  ]);
}
