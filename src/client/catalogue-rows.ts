import { PARAMETERS } from '../catalogue/assessment-model';
import type { IndexedCase } from '../catalogue/catalogue-index';
import { overviewTexts } from '../i18n/cases';
import { parameterLabels } from '../i18n/da';
import { el } from './dom';

/**
 * One catalogue row built in the browser from the compact index, with the same markup as the
 * built table (src/components/case/CaseScoresTable.astro): the compare checkbox, the place,
 * the linked name, the five scores with their marks, the sum, status and where it runs.
 */
export function renderCatalogueRow(
  item: IndexedCase,
  placeLabel: string,
  total: number,
  totalLabel: string,
  checked: boolean,
  doc: Document = document,
): HTMLTableRowElement {
  const t = overviewTexts;
  const inputId = `select-${item.id}`;
  const box = el('input', {
    className: 'case-select',
    attrs: { type: 'checkbox', name: 'ids', value: item.id, id: inputId, 'data-title': item.title },
  });
  box.checked = checked;
  const text = (label: string, value: string) =>
    el('td', { text: value, attrs: { 'data-label': label } });
  return el(
    'tr',
    { attrs: { 'data-case-id': item.id } },
    [
      el('td', { className: 'no-print col-select' }, [
        box,
        el('label', {
          className: 'visually-hidden',
          text: t.selectCase(item.title),
          attrs: { for: inputId },
        }),
      ]),
      el('td', {
        className: 'num col-place',
        text: placeLabel,
        attrs: { 'data-label': t.place, 'data-place': '' },
      }),
      el('th', { className: 'col-name', attrs: { scope: 'row' } }, [
        el('a', { text: item.title, attrs: { href: item.url } }),
      ]),
      ...PARAMETERS.map((parameter) =>
        el(
          'td',
          {
            className: 'num score-cell',
            attrs: { 'data-label': parameterLabels[parameter], 'data-parameter': parameter },
          },
          [
            String(item.scores[parameter].score),
            ...(item.catalogueMarks.includes(parameter)
              ? [el('span', { className: 'derived-mark', text: t.catalogueMark })]
              : []),
          ],
        ),
      ),
      el('td', {
        className: 'num score-cell font-bold',
        text: String(total),
        attrs: { 'data-label': totalLabel, 'data-total': '' },
      }),
      text(t.status, item.statusLabel),
      text(t.diseaseArea, item.diseaseAreasText),
      text(t.region, item.regionsText),
      text(t.sector, item.sectorsText),
    ],
    doc,
  );
}
