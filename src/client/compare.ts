import {
  parseCompareSelection,
  readIdsParam,
  selectionQuery,
  type CompareSelection,
} from '../catalogue/compare-selection';
import {
  factRows,
  rationaleRows,
  scoreRows,
  type CompareCase,
  type CompareCell,
  type CompareRow,
} from '../catalogue/compare-table';
import { buildRadarChart, legendSample, seriesStyle } from '../charts/radar';
import { PARAMETERS, SCORE_MAX } from '../catalogue/assessment-model';
import { compareTexts, caseTexts } from '../i18n/cases';
import { parameterLabels, provenanceLabels } from '../i18n/da';
import { el, readJsonData, renderSvg } from './dom';

/**
 * The comparison page in the browser: reads `?ids=` (untrusted), checks it against the
 * known cases, and draws the overlaid radar chart and the side-by-side tables with DOM
 * APIs only. Nothing from the URL is ever parsed as HTML.
 */

export function enhanceCompare(doc: Document = document): void {
  const cases = readJsonData<CompareCase[]>('compare-data', doc);
  const form = doc.getElementById('compare-choose') as HTMLFormElement | null;
  const messages = doc.getElementById('compare-messages');
  const result = doc.getElementById('compare-result');
  const output = doc.getElementById('compare-output');
  const heading = doc.getElementById('compare-result-heading');
  if (!cases || !form || !messages || !result || !output || !heading) return;
  const byId = new Map(cases.map((c) => [c.id, c]));
  const rubricHref = result.dataset['rubricHref'] ?? '';
  const knownIds = cases.map((c) => c.id);

  function show(selection: CompareSelection, moveFocus: boolean): void {
    messages!.replaceChildren(
      ...selection.messages.map((message) =>
        el('p', { className: 'notice max-w-[70ch]', text: message }),
      ),
    );
    for (const box of form!.querySelectorAll<HTMLInputElement>('input[name="ids"]')) {
      box.checked = selection.ids.includes(box.value);
    }
    const chosen = selection.ids.flatMap((id) => byId.get(id) ?? []);
    if (chosen.length >= 2) {
      output!.replaceChildren(...renderComparison(chosen, rubricHref, doc));
      result!.hidden = false;
      if (moveFocus) heading!.focus();
    } else {
      output!.replaceChildren();
      result!.hidden = true;
      if (moveFocus && selection.messages.length > 0) messages!.focus();
    }
  }

  function fromLocation(moveFocus: boolean): void {
    const requested = readIdsParam(window.location.search);
    const selection = parseCompareSelection(requested, knownIds);
    show(selection, moveFocus);
    // Keep a clean, shareable address: ?ids=a,b with only known cases.
    if (requested.length > 0 && selection.unknown.length === 0 && !selection.tooMany) {
      const clean = selection.ids.length > 0 ? `?${selectionQuery(selection.ids)}` : '';
      if (clean !== window.location.search) {
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${clean}`,
        );
      }
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ids = [...form.querySelectorAll<HTMLInputElement>('input[name="ids"]:checked')].map(
      (box) => box.value,
    );
    const selection = parseCompareSelection(ids, knownIds);
    const query = selection.ids.length > 0 ? `?${selectionQuery(selection.ids)}` : '';
    window.history.pushState(null, '', `${window.location.pathname}${query}`);
    show(selection, true);
  });
  window.addEventListener('popstate', () => fromLocation(false));
  fromLocation(false);
}

/** The chart, its legend and the three side-by-side tables. */
export function renderComparison(
  chosen: readonly CompareCase[],
  rubricHref: string,
  doc: Document = document,
): HTMLElement[] {
  const names = chosen.map((c) => c.title);
  const chart = buildRadarChart({
    axes: PARAMETERS.map((p) => parameterLabels[p]),
    series: chosen.map((c) => ({
      name: c.title,
      scores: PARAMETERS.map((p) => c.scores[p].score),
    })),
    title: compareTexts.chartTitle(joinNames(names)),
    description: `${compareTexts.chartDesc} ${chosen
      .map(
        (c) =>
          `${c.title}: ${PARAMETERS.map((p) => `${parameterLabels[p]} ${c.scores[p].score}`).join(', ')}`,
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
            text: ` (${compareTexts.seriesLabel(
              compareTexts.markers[style.marker],
              compareTexts.lines[style.line],
            )})`,
          }),
        ]),
      ]);
    }),
    doc,
  );

  const figure = el('figure', { className: 'compare-figure' }, [
    renderSvg(chart, doc),
    el('figcaption', {}, [
      el('p', { className: 'font-semibold', text: compareTexts.legend }),
      legend,
      el('p', { className: 'text-sm' }, [provenanceNote(chosen, rubricHref, doc)]),
    ]),
  ]);

  return [
    figure,
    el('p', { className: 'compare-diff-note', text: compareTexts.differenceExplained }),
    section(
      'compare-scores',
      compareTexts.scoresHeading,
      compareTexts.scoresCaption,
      chosen,
      scoreRows(chosen),
      rubricHref,
      doc,
    ),
    section(
      'compare-facts',
      compareTexts.factsHeading,
      compareTexts.factsCaption,
      chosen,
      factRows(chosen),
      rubricHref,
      doc,
    ),
    section(
      'compare-rationales',
      compareTexts.rationalesHeading,
      compareTexts.rationalesCaption,
      chosen,
      rationaleRows(chosen),
      rubricHref,
      doc,
    ),
  ];
}

function joinNames(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

function provenanceNote(chosen: readonly CompareCase[], rubricHref: string, doc: Document): Node {
  const anyDerived = chosen.some((c) => c.totalProvenance === 'derived');
  if (!anyDerived) return doc.createTextNode(provenanceLabels.catalogue);
  return el('span', {}, [
    `${caseTexts.assessment.heading}: `,
    el('a', { text: provenanceLabels.derived, attrs: { href: rubricHref } }),
    '.',
  ]);
}

function provenanceLink(cell: CompareCell, rubricHref: string): (Node | string)[] {
  if (!cell.provenance) return [];
  if (cell.provenance === 'catalogue') {
    return [' ', el('span', { className: 'provenance', text: provenanceLabels.catalogue })];
  }
  return [
    ' ',
    el('a', {
      className: 'provenance provenance-derived',
      text: provenanceLabels.derived,
      attrs: { href: rubricHref },
    }),
  ];
}

function section(
  id: string,
  title: string,
  caption: string,
  chosen: readonly CompareCase[],
  rows: readonly CompareRow[],
  rubricHref: string,
  doc: Document,
): HTMLElement {
  const headingId = `${id}-heading`;
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
      el('tr', { className: row.different ? 'is-different' : '', attrs: { 'data-row': row.key } }, [
        el('th', { attrs: { scope: 'row' } }, [
          row.label,
          ...(row.different
            ? [' ', el('span', { className: 'diff-badge', text: compareTexts.difference })]
            : []),
        ]),
        ...row.cells.map((cell) =>
          el(
            'td',
            {},
            cell.detail
              ? [
                  el('p', {}, [
                    el('span', {
                      className: 'font-semibold',
                      text: `${caseTexts.assessment.catalogueSummary}: `,
                    }),
                    cell.text,
                  ]),
                  el('p', { className: 'mt-1' }, [
                    el('span', {
                      className: 'font-semibold',
                      text: `${caseTexts.assessment.rationale}: `,
                    }),
                    cell.detail,
                    ...provenanceLink(cell, rubricHref),
                  ]),
                ]
              : [
                  el('span', { className: cell.provenance ? 'score' : '', text: cell.text }),
                  ...provenanceLink(cell, rubricHref),
                ],
          ),
        ),
      ]),
    ),
    doc,
  );
  const table = el('table', { className: 'data-table compare-table' }, [
    el('caption', { text: caption }),
    head,
    body,
  ]);
  return el('section', { className: 'mt-10', attrs: { 'aria-labelledby': headingId } }, [
    el('h3', { className: 'text-xl', text: title, attrs: { id: headingId } }),
    el(
      'div',
      {
        className: 'table-scroll mt-3',
        attrs: { tabindex: '0', role: 'region', 'aria-label': caption },
      },
      [table],
    ),
  ]);
}
