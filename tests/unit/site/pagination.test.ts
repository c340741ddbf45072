import { describe, expect, it } from 'vitest';
import {
  laterPageParams,
  laterPageRoutes,
  pageLinks,
  pageSlice,
  pageTitle,
  pagedPath,
} from '../../../src/site/pagination';

describe('pagedPath', () => {
  it('keeps page 1 at the list address and puts later pages under side/<n>/', () => {
    expect(pagedPath('/forloeb/', 1)).toBe('/forloeb/');
    expect(pagedPath('/forloeb/', 3)).toBe('/forloeb/side/3/');
  });
});

describe('pageSlice', () => {
  it('splits a list into pages of the given size with the positions of their items', () => {
    const pages = pageSlice([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[2]).toMatchObject({ current: 3, last: 3, first: 5, end: 5, total: 5 });
  });

  it('gives an empty list one empty page', () => {
    expect(pageSlice([], 10)).toEqual([
      { items: [], current: 1, last: 1, first: 0, end: 0, total: 0 },
    ]);
  });

  it('keeps a list shorter than a page on one page', () => {
    expect(pageSlice(Array.from({ length: 13 }, (_, i) => i))).toHaveLength(1);
  });
});

describe('laterPageParams', () => {
  it('gives route parameters for page 2 and up only', () => {
    expect(laterPageParams(pageSlice([1, 2, 3, 4, 5], 2))).toEqual([{ page: '2' }, { page: '3' }]);
  });
});

describe('laterPageRoutes', () => {
  const views = pageSlice([1, 2, 3, 4, 5], 2).map((page) => ({ page, name: `v${page.current}` }));

  it('hands pages 2 and up their own view, with the page number as the parameter', () => {
    expect(laterPageRoutes(views).map((route) => [route.params, route.props.view.name])).toEqual([
      [{ page: '2' }, 'v2'],
      [{ page: '3' }, 'v3'],
    ]);
  });

  it('keeps the route’s other parameters beside the page number', () => {
    expect(laterPageRoutes(views, { id: 'kommune' })[0]?.params).toEqual({
      id: 'kommune',
      page: '2',
    });
  });
});

describe('pageTitle', () => {
  const pages = pageSlice([1, 2, 3], 2);

  it('keeps the list’s own title on page 1 and numbers later pages', () => {
    expect(pages.map((page) => pageTitle('Forløb', page))).toEqual([
      'Forløb',
      'Forløb, side 2 af 2',
    ]);
  });
});

describe('pageLinks', () => {
  const numbers = (current: number, last: number) =>
    pageLinks(current, last).map((link) => (link.kind === 'gap' ? '…' : link.n));

  it('offers every page when there are few', () => {
    expect(numbers(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('offers the first, the last and two on each side of the current page, with gaps', () => {
    expect(numbers(10, 40)).toEqual([1, '…', 8, 9, 10, 11, 12, '…', 40]);
  });

  it('marks only the current page as current', () => {
    const current = pageLinks(3, 5).filter((link) => link.kind === 'page' && link.current);
    expect(current).toEqual([{ kind: 'page', n: 3, current: true }]);
  });
});
