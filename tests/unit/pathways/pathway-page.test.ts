import { describe, expect, it } from 'vitest';
import { byId, loadSiteData } from '../../../src/content/site-data';
import { hasBackground, pathwayPage } from '../../../src/pathways/pathway-page';
import { relatedCasesByPathway } from '../../../src/pathways/pathway-view';

const data = await loadSiteData();
const related = relatedCasesByPathway(data.pathways, data.cases);
const viewOf = (id: string, today = new Date('2026-11-23')) =>
  pathwayPage({
    pathway: byId(data.pathways, id),
    data,
    cases: related.get(id) ?? [],
    today,
  });
const knee = viewOf('knaeartrose-traening');

describe('pathwayPage', () => {
  it('gives the page «Kort fortalt» from the pathway', () => {
    expect(knee.inBrief).toEqual(byId(data.pathways, 'knaeartrose-traening').data.inBrief);
  });

  it('gives the review date first among the dates, in Danish', () => {
    expect(knee.review.reviewed).toEqual({ iso: '2026-11-23', text: '23. november 2026' });
    expect(knee.review.nextReview.iso).toBe('2027-11-23');
  });

  it('warns once that an old source may be out of date', () => {
    const cancer = viewOf('kraeft-rehabilitering-palliation');
    expect(cancer.review.warnings).toHaveLength(1);
    expect(cancer.review.warnings[0]).toContain('8 år gammel');
  });

  it('also warns when the planned review has passed', () => {
    const late = viewOf('benamputation-raadgivning', new Date('2030-01-01'));
    expect(late.review.warnings.some((text) => text.includes('gennemgået igen'))).toBe(true);
  });

  it('names every sector and actor of the steps as search filters, each once', () => {
    expect(knee.search.type).toBe('forløb');
    expect(knee.search.filters['sektor']).toEqual(
      expect.arrayContaining(['Almen praksis', 'Sygehus', 'Kommune']),
    );
    const actors = knee.search.filters['aktør'] ?? [];
    expect(new Set(actors).size).toBe(actors.length);
  });

  it('links the background page, the responsibility table and no figures page for the knee', () => {
    expect(knee.more.map((link) => link.href)).toEqual([
      '/forloeb/knaeartrose-traening/baggrund/',
      '/ansvarsfordeling/knaeartrose-bilag/',
    ]);
  });

  it('links the figures page of a pathway that has datasets', () => {
    const hrefs = viewOf('benamputation-raadgivning').more.map((link) => link.href);
    expect(hrefs).toContain('/forloeb/benamputation-raadgivning/tal/');
  });

  it('hands the last review date to the layout for the printed page', () => {
    expect(knee.reviewedOn).toEqual(new Date('2026-11-23T00:00:00Z'));
  });

  it('groups the citations by document', () => {
    expect(knee.citations).toHaveLength(1);
    expect(knee.citations[0]?.sections.length).toBe(
      byId(data.pathways, 'knaeartrose-traening').data.sources.length,
    );
  });
});

describe('hasBackground', () => {
  it('is true only for a pathway with a body', () => {
    expect(hasBackground({ body: '## Baggrund\n\nTekst' })).toBe(true);
    expect(hasBackground({ body: '  \n' })).toBe(false);
    expect(hasBackground({})).toBe(false);
  });
});
