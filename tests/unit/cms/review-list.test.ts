import { describe, expect, it } from 'vitest';
import {
  buildReviewList,
  cmsEditPath,
  reviewPages,
  type ReviewItem,
} from '../../../src/cms/review-list';
import { LIST_PAGE_SIZE } from '../../../src/site/pagination';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const sources = [
  { id: 'old', shortTitle: 'Gammel aftale', date: d('2016-12-01') },
  { id: 'new', shortTitle: 'Ny rapport', date: d('2025-03-01') },
];
const item = (over: Partial<ReviewItem>): ReviewItem => ({
  collection: 'pathways',
  id: 'x',
  title: 'X',
  pagePath: '/forloeb/x/',
  sourceIds: ['new'],
  ...over,
});
const today = d('2026-12-01');

describe('buildReviewList', () => {
  it('puts overdue items first, then the rest by next review date', () => {
    const rows = buildReviewList(
      [
        item({ title: 'Senere', nextReview: d('2027-06-01') }),
        item({ title: 'Snart', nextReview: d('2027-01-01') }),
        item({ title: 'Forfalden', nextReview: d('2026-11-01') }),
      ],
      sources,
      today,
    );
    expect(rows.map((row) => [row.title, row.overdue])).toEqual([
      ['Forfalden', true],
      ['Snart', false],
      ['Senere', false],
    ]);
  });

  it('derives the next review of an item without one from its main source plus one year', () => {
    const [row] = buildReviewList(
      [item({ collection: 'cases', id: 'c', sourceIds: ['new', 'old'] })],
      sources,
      today,
    );
    expect(row).toMatchObject({ derived: true, overdue: true, reviewed: null });
    expect(row?.nextReview).toEqual({ iso: '2026-03-01', text: '1. marts 2026' });
  });

  it('flags a cited source that is five years or older, once', () => {
    const [row] = buildReviewList(
      [item({ sourceIds: ['old', 'new', 'old'], nextReview: d('2027-01-01') })],
      sources,
      today,
    );
    expect(row?.staleSources).toEqual([{ title: 'Gammel aftale', years: 10 }]);
  });

  it('links each item to its editor in the CMS', () => {
    const [row] = buildReviewList([item({ collection: 'cases', id: 'liva' })], sources, today);
    expect(row?.editPath).toBe('/admin/?rediger=cases%2Fliva');
    expect(cmsEditPath('pathways', 'a')).toBe('/admin/?rediger=pathways%2Fa');
  });

  it('refuses an item whose sources are all unknown', () => {
    expect(() => buildReviewList([item({ sourceIds: ['nope'] })], sources, today)).toThrow(
      'cites no known source',
    );
  });
});

describe('reviewPages', () => {
  const items = Array.from({ length: LIST_PAGE_SIZE + 1 }, (_, i) =>
    item({ id: `x${i}`, title: `X ${i}`, nextReview: d(`20${27 + Math.floor(i / 12)}-01-01`) }),
  );
  const pages = reviewPages(buildReviewList(items, sources, today));

  it('splits a long list into pages, the most urgent on page 1', () => {
    expect(pages.map((page) => page.page.items.length)).toEqual([LIST_PAGE_SIZE, 1]);
    expect(pages[0]?.page.items[0]?.title).toBe('X 0');
  });

  it('keeps page 1 at the review list’s address and numbers later pages in the tab title', () => {
    expect(pages.map((page) => [page.listPath, page.heading])).toEqual([
      ['/redaktion/gennemgang/', 'Til gennemgang'],
      ['/redaktion/gennemgang/', 'Til gennemgang, side 2 af 2'],
    ]);
  });
});
