import { describe, expect, it } from 'vitest';
import { byId, loadSiteData } from '../../../src/content/site-data';
import { actorList, actorPage } from '../../../src/pathways/actor-page';
import { pathwayList } from '../../../src/pathways/pathway-list';
import { backgroundPage, dataPage } from '../../../src/pathways/pathway-subpages';
import { tableList, tablePages } from '../../../src/pathways/table-view';

const data = await loadSiteData();

describe('pathwayList', () => {
  const cards = pathwayList(data, new Date('2026-11-23'));

  it('gives one card per pathway, with the number of steps alone after «Antal trin»', () => {
    expect(cards).toHaveLength(data.pathways.length);
    const knee = cards.find((card) => card.link.href === '/forloeb/knaeartrose-traening/');
    expect(knee?.steps).toBe('9');
  });

  it('warns on the card of a pathway whose source is old', () => {
    const cancer = cards.find((c) => c.link.href.includes('kraeft'));
    expect(cancer?.warning).toContain('år gammel');
  });
});

describe('pathway sub-pages', () => {
  const knee = byId(data.pathways, 'knaeartrose-traening');

  it('titles the background page after its pathway and links back to it', () => {
    const view = backgroundPage(knee, data.sources);
    expect(view.title).toBe(`Baggrund: ${knee.data.title}`);
    expect(view.back.href).toBe('/forloeb/knaeartrose-traening/');
  });

  it('gives the figures page the pathway’s datasets in the order it lists them', () => {
    const amputation = byId(data.pathways, 'benamputation-raadgivning');
    const view = dataPage(amputation, data);
    expect(view.datasets.map((d) => d.id)).toEqual(
      amputation.data.relatedDatasets.map((ref) => ref.id),
    );
  });
});

describe('actorPage', () => {
  const view = actorPage(byId(data.actors, 'almen-praksis'), data);

  it('links each of the actor’s steps to the step on its pathway page', () => {
    const hrefs = view.pathways.flatMap((p) => p.steps.map((s) => s.link.href));
    expect(hrefs).toContain('/forloeb/knaeartrose-traening/#trin-vurdering-i-almen-praksis');
  });

  it('writes the source’s publisher and date without a space before the comma', () => {
    for (const source of view.sources) expect(source.meta).not.toMatch(/ ,/);
  });

  it('groups the actor list by sector', () => {
    const groups = actorList(data);
    expect(groups.flatMap((g) => g.actors)).toHaveLength(data.actors.length);
  });
});

describe('tablePages', () => {
  const pages = tablePages(data);

  it('gives every table a page that links the pathways it belongs to', () => {
    expect(pages).toHaveLength(data.responsibilities.length);
    const knee = pages.find((page) => page.id === 'knaeartrose-bilag');
    expect(knee?.view.pathways.map((l) => l.href)).toEqual(['/forloeb/knaeartrose-traening/']);
  });

  it('gives every row one cell per column', () => {
    for (const { view } of pages) {
      for (const group of view.table.groups) {
        for (const row of group.rows) expect(row.cells).toHaveLength(view.table.columns.length);
      }
    }
  });

  it('lists every table with its row count', () => {
    expect(tableList(data).every((table) => /\d+ rækk/.test(table.rows))).toBe(true);
  });
});
