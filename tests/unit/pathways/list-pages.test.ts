import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../src/content/site-data';
import { areaListPages, pathwayListPages } from '../../../src/pathways/pathway-list';
import { tableListPages } from '../../../src/pathways/table-view';
import { LIST_PAGE_SIZE } from '../../../src/site/pagination';

const data = await loadSiteData();
const today = new Date('2026-11-23');

/** The real pathways repeated under new ids until there are `count`, as a grown site would be. */
function grown(count: number) {
  const pathways = Array.from({ length: count }, (_, i) => {
    const real = data.pathways[i % data.pathways.length]!;
    return { ...real, id: `${real.id}-${i}` };
  });
  return { ...data, pathways };
}

describe('pathwayListPages on today’s content', () => {
  const pages = pathwayListPages(data, today);

  it('keeps every pathway on one page, with no links by disease area', () => {
    expect(pages).toHaveLength(1);
    expect(pages[0]?.page.items).toHaveLength(data.pathways.length);
    expect(pages[0]?.areas).toEqual([]);
  });

  it('titles the one page «Forløb», as before', () => {
    expect(pages[0]?.tabTitle).toBe('Forløb');
  });

  it('builds no list per disease area', () => {
    expect(areaListPages(data, today)).toEqual([]);
  });
});

describe('pathwayListPages on a site with many pathways', () => {
  const site = grown(LIST_PAGE_SIZE * 2 + 3);
  const pages = pathwayListPages(site, today);

  it('splits the list into pages of LIST_PAGE_SIZE', () => {
    expect(pages.map((page) => page.page.items.length)).toEqual([
      LIST_PAGE_SIZE,
      LIST_PAGE_SIZE,
      3,
    ]);
  });

  it('gives a later page a heading and tab title with its number', () => {
    expect([pages[1]?.heading, pages[1]?.tabTitle]).toEqual([
      'Forløb, side 2 af 3',
      'Forløb, side 2 af 3',
    ]);
  });

  it('links all pathways and each disease area with its count, all pathways first', () => {
    const links = pages[0]?.areas ?? [];
    expect(links[0]).toEqual({ href: '/forloeb/', text: 'Alle forløb (103)', current: 'page' });
    expect(links.map((link) => link.href)).toContain('/forloeb/omraade/muskel-skelet/');
  });

  it('marks all pathways as the current list on a later page without calling it the page', () => {
    expect(pages[1]?.areas[0]?.current).toBe('true');
  });
});

describe('areaListPages on a site with many pathways', () => {
  const site = grown(LIST_PAGE_SIZE * 2 + 3);
  const areas = areaListPages(site, today);
  const area = (id: string) => areas.find((entry) => entry.area === id);

  it('gives each disease area with pathways a list of its own pathways only', () => {
    const cancer = area('kraeft')?.pages.flatMap((page) => page.page.items) ?? [];
    expect(cancer.length).toBeGreaterThan(0);
    expect(cancer.every((card) => card.diseaseAreas.includes('Kræft'))).toBe(true);
  });

  it('lists a pathway of two areas under both', () => {
    const titles = (id: string) =>
      new Set(area(id)?.pages.flatMap((page) => page.page.items.map((card) => card.link.href)));
    const osteoporosis = [...titles('osteoporose')];
    expect(osteoporosis.length).toBeGreaterThan(0);
    expect(osteoporosis.every((href) => titles('muskel-skelet').has(href))).toBe(true);
  });

  it('titles the area’s list by the area and marks it in the links by area', () => {
    const first = area('kraeft')?.pages[0];
    expect(first?.heading).toBe('Forløb: Kræft');
    expect(first?.areas.find((link) => link.current)?.href).toBe('/forloeb/omraade/kraeft/');
  });

  it('leads from an area’s list back to all pathways', () => {
    expect(area('kraeft')?.pages[0]?.back).toEqual({ href: '/forloeb/', text: 'Alle forløb' });
  });
});

describe('tableListPages', () => {
  it('keeps today’s tables on one page titled as before', () => {
    const pages = tableListPages(data);
    expect(pages.map((page) => [page.heading, page.page.items.length])).toEqual([
      ['Ansvarsfordeling', data.responsibilities.length],
    ]);
  });

  it('splits many tables into pages, later ones titled with their number', () => {
    const responsibilities = Array.from({ length: LIST_PAGE_SIZE + 1 }, (_, i) => ({
      ...data.responsibilities[0]!,
      id: `tabel-${i}`,
    }));
    const pages = tableListPages({ ...data, responsibilities });
    expect(pages.map((page) => page.heading)).toEqual([
      'Ansvarsfordeling',
      'Ansvarsfordeling, side 2 af 2',
    ]);
  });
});
