import { describe, expect, it } from 'vitest';
import { atomFeed, changeId } from '../../../src/history/atom-feed';
import { changesFeed, changesPages } from '../../../src/history/changes-view';
import type { SiteData } from '../../../src/content/site-data';
import { contentChanges, type PagedEntry } from '../../../src/history/content-changes';
import type { ContentHistory } from '../../../src/history/git-history';

const history = (files: Record<string, string[]>, complete = true): ContentHistory => ({
  complete,
  files: new Map(Object.entries(files).map(([file, days]) => [file, days.map((day) => ({ day }))])),
});

const entry = (id: string, title: string): PagedEntry => ({
  collection: 'pathways',
  id,
  title,
  file: `pathways/${id}.mdx`,
  path: `/forloeb/${id}/`,
});

describe('contentChanges', () => {
  it('lists one change per page and day, newest first, the first day as added', () => {
    const changes = contentChanges(
      history({
        'pathways/knae.mdx': ['2026-11-23', '2026-11-23', '2026-10-01'],
        'pathways/kraeft.mdx': ['2026-11-01'],
      }),
      [entry('knae', 'Knæartrose'), entry('kraeft', 'Kræft')],
    );
    expect(changes.map(({ id, day, added }) => [id, day, added])).toEqual([
      ['knae', '2026-11-23', false],
      ['kraeft', '2026-11-01', true],
      ['knae', '2026-10-01', true],
    ]);
  });

  it('invents nothing without history', () => {
    expect(
      contentChanges(history({ 'pathways/knae.mdx': ['2026-11-23'] }, false), [entry('knae', 'K')]),
    ).toEqual([]);
  });
});

describe('atomFeed', () => {
  it('writes an Atom feed with escaped text and permanent tag ids', () => {
    const xml = atomFeed({
      self: 'https://rehab.example.org/seneste-aendringer.xml',
      alternate: 'https://rehab.example.org/seneste-aendringer/',
      title: 'Ændringer',
      subtitle: 'Alt',
      author: 'Region <Eksempel> & co',
      updated: '2026-11-23T00:00:00Z',
      entries: [
        {
          id: changeId('https://rehab.example.org', '2026-11-23', '/forloeb/knae/'),
          title: 'Knæ & hofte',
          link: 'https://rehab.example.org/forloeb/knae/',
          updated: '2026-11-23T00:00:00Z',
          summary: 'Forløbet «Knæ & hofte» er ændret.',
        },
      ],
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">');
    expect(xml).toContain('<name>Region &lt;Eksempel&gt; &amp; co</name>');
    expect(xml).toContain('<id>tag:rehab.example.org,2026-11-23:/forloeb/knae/</id>');
    expect(xml).toContain('<title>Knæ &amp; hofte</title>');
  });
});

describe('changesPages and changesFeed', () => {
  const data = {
    pathways: [{ id: 'knae', data: { title: 'Knæartrose' } }],
    actors: [{ id: 'kommune', data: { name: 'Kommunen' } }],
    sources: [],
    cases: [],
    responsibilities: [],
    datasets: [],
  } as unknown as SiteData;
  const facts = {
    site: 'https://rehab.example.org',
    author: 'Region Eksempel',
    licence: 'CC BY 4.0',
    buildDay: '2026-12-05',
  };

  it('says plainly that there is no history, and lists nothing', () => {
    const [page, ...later] = changesPages(history({}, false), data);
    expect(page?.state).toBe('unavailable');
    expect(page?.page.items).toEqual([]);
    expect(later).toEqual([]);
  });

  it('lists each change with the page’s title, address and a Danish summary', () => {
    const [page] = changesPages(
      history({
        'pathways/knae.mdx': ['2026-11-23', '2026-10-01'],
        'actors/kommune.yaml': ['2026-11-01'],
      }),
      data,
    );
    expect(page?.state).toBe('changes');
    expect(page?.page.items.map((item) => [item.href, item.summary])).toEqual([
      ['/forloeb/knae/', 'Forløbet «Knæartrose» er ændret.'],
      ['/aktoerer/kommune/', 'Aktøren «Kommunen» er tilføjet.'],
      ['/forloeb/knae/', 'Forløbet «Knæartrose» er tilføjet.'],
    ]);
  });

  it('writes a feed without entries, dated by the build, when there is no history', () => {
    const xml = changesFeed(history({}, false), data, facts);
    expect(xml).not.toContain('<entry>');
    expect(xml).toContain('<updated>2026-12-05T00:00:00Z</updated>');
  });
});
