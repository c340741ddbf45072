import { describe, expect, it } from 'vitest';
import { byId, loadSiteData } from '../../../src/content/site-data';
import { citingPages } from '../../../src/content/source-usage';
import { LIST_PAGE_SIZE } from '../../../src/site/pagination';
import { sourcePages } from '../../../src/site/source-pages';
import { sourcesPage } from '../../../src/i18n/pages';

const data = await loadSiteData();
const knee = byId(data.sources, 'rn-knaeartrose-2016');

describe('citingPages', () => {
  it('says of each citing page whether it is a pathway, a case or a table', () => {
    expect(citingPages(data, knee.id).map((page) => [page.kind, page.href])).toEqual([
      ['pathway', '/forloeb/knaeartrose-traening/'],
      ['table', '/ansvarsfordeling/knaeartrose-bilag/'],
    ]);
  });
});

describe('sourcePages on today’s content', () => {
  const pages = sourcePages(knee, data);

  it('keeps the source and every page that cites it on one page, without counts', () => {
    expect(pages).toHaveLength(1);
    expect(pages[0]?.source?.title).toBe(knee.data.title);
    expect(pages[0]?.counts).toBeUndefined();
  });
});

describe('sourcePages for a source cited by many pages', () => {
  const pathway = byId(data.pathways, 'knaeartrose-traening');
  const pathways = Array.from({ length: LIST_PAGE_SIZE + 4 }, (_, i) => ({
    ...pathway,
    id: `knae-${i}`,
  }));
  const pages = sourcePages(knee, { ...data, pathways });

  it('splits the citing pages, with the source’s own text on page 1 only', () => {
    expect(pages.map((page) => page.page.items.length)).toEqual([LIST_PAGE_SIZE, 5]);
    expect(pages[1]?.source).toBeUndefined();
  });

  it('counts the citing pages by kind on page 1, naming only the kinds that cite it', () => {
    expect(pages[0]?.counts).toBe('Kilden er brugt på 55 sider: 54 forløb og 1 ansvarstabel.');
  });

  it('heads a later page with the source it belongs to and leads back to it', () => {
    expect(pages[1]?.heading).toBe(`Sider, der bruger ${knee.data.shortTitle}, side 2 af 2`);
    expect(pages[1]?.back?.href).toBe('/kilder/rn-knaeartrose-2016/');
  });
});

describe('sourcesPage.usedByCounts', () => {
  it('names all three kinds with «og» before the last, in Danish number format', () => {
    expect(sourcesPage.usedByCounts(1200, 1, 3)).toBe(
      'Kilden er brugt på 1.204 sider: 1.200 forløb, 1 case og 3 ansvarstabeller.',
    );
  });
});
