import { describe, expect, it } from 'vitest';
import { byId, loadSiteData } from '../../../src/content/site-data';
import { ACTOR_TABLES_PREVIEW, actorPages } from '../../../src/pathways/actor-pages';
import { LIST_PAGE_SIZE } from '../../../src/site/pagination';

const data = await loadSiteData();
const gp = byId(data.actors, 'almen-praksis');

/** Today's content with the pathways and tables naming the GP repeated `times` times. */
function grown(pathwayTimes: number, tableTimes: number) {
  const withGp = data.pathways.filter((p) =>
    p.data.steps.some((step) => step.actors.some((actor) => actor.id === gp.id)),
  );
  const gpTables = data.responsibilities.filter((t) =>
    t.data.rows.some((row) => row.actor?.id === gp.id),
  );
  const repeat = <T extends { id: string }>(entries: T[], count: number) =>
    Array.from({ length: count }, (_, i) => {
      const entry = entries[i % entries.length]!;
      return { ...entry, id: `${entry.id}-${i}` };
    });
  return {
    ...data,
    pathways: repeat(withGp, pathwayTimes),
    responsibilities: repeat(gpTables, tableTimes),
  };
}

describe('actorPages on today’s content', () => {
  const { steps, tables } = actorPages(gp, data);

  it('gives the actor one page with all its pathways and tables, and no table list', () => {
    expect(steps).toHaveLength(1);
    expect(steps[0]?.intro?.allTables).toBeUndefined();
    expect(tables).toEqual([]);
  });

  it('shows no spread over disease areas while the pathways fit on the page', () => {
    expect(steps[0]?.intro?.areas).toEqual([]);
  });

  it('keeps the actor’s name as the tab title', () => {
    expect(steps[0]?.tabTitle).toBe(gp.data.name);
  });
});

describe('actorPages for an actor in many pathways and tables', () => {
  const { steps, tables } = actorPages(gp, grown(LIST_PAGE_SIZE + 5, ACTOR_TABLES_PREVIEW + 2));

  it('splits the actor’s pathways into pages of LIST_PAGE_SIZE', () => {
    expect(steps.map((page) => page.page.items.length)).toEqual([LIST_PAGE_SIZE, 5]);
  });

  it('keeps the facts, summary and sources on the first page only', () => {
    expect(steps[0]?.intro?.summary).toMatch(/forløb/);
    expect(steps[1]?.intro).toBeUndefined();
  });

  it('leads from a later page back to the actor’s own page', () => {
    expect(steps[1]?.back).toEqual({
      href: '/aktoerer/almen-praksis/',
      text: 'Aktøren Almen praksis',
    });
    expect([steps[1]?.title, steps[1]?.tabTitle]).toEqual([
      'Almen praksis, side 2 af 2',
      'Almen praksis, side 2 af 2',
    ]);
  });

  it('sums up the actor’s pathways by disease area on the first page', () => {
    expect(steps[0]?.intro?.areas.length).toBeGreaterThan(0);
    expect(steps[0]?.intro?.areas.every((text) => /^.+: \d+$/.test(text))).toBe(true);
  });

  it('shows the first tables on the actor’s page and links the list of all of them', () => {
    expect(steps[0]?.intro?.tables).toHaveLength(ACTOR_TABLES_PREVIEW);
    expect(steps[0]?.intro?.allTables).toEqual({
      href: '/aktoerer/almen-praksis/tabeller/',
      text: `Se alle ${ACTOR_TABLES_PREVIEW + 2} ansvarstabeller med aktøren`,
    });
  });

  it('gives the actor a list of all its tables, page by page', () => {
    expect(tables.flatMap((page) => page.page.items)).toHaveLength(ACTOR_TABLES_PREVIEW + 2);
    expect(tables[0]?.title).toBe('Almen praksis: opgaver i ansvarstabellerne');
  });
});
