import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../src/content/site-data';
import { actorLinks, citationList, inlineCitation } from '../../../src/pathways/links';

const data = await loadSiteData();
const source = { id: 'rn-knaeartrose-2016', collection: 'sources' as const };

describe('links', () => {
  it('links actors by name in the order given', () => {
    expect(actorLinks(['kommune', 'almen-praksis'], data.actors).map((l) => l.text)).toEqual([
      'Kommune',
      'Almen praksis',
    ]);
  });

  it('lists each document once with its sections in the order cited', () => {
    const list = citationList(
      [
        { source, section: 'Afsnit 1' },
        { source, section: '2.1', note: 'Om træning.' },
      ],
      data.sources,
    );
    expect(list).toHaveLength(1);
    expect(list[0]?.sections).toEqual(['Afsnit 1', 'Afsnit 2.1']);
    expect(list[0]?.meta).toMatch(/^\(Region Nordjylland.*, december 2016\)$/);
  });

  it('keeps remarks about the source apart, for «Om kilden», and lists a section once', () => {
    const list = citationList(
      [
        { source, section: 'Bilag', note: 'Skemaet er ikke gengivet her.' },
        { source, section: 'Bilag', note: 'Kilden angiver ikke årstallet.' },
      ],
      data.sources,
    );
    expect(list[0]?.sections).toEqual(['Bilag']);
    expect(list[0]?.notes).toEqual([
      { section: 'Bilag', note: 'Skemaet er ikke gengivet her.' },
      { section: 'Bilag', note: 'Kilden angiver ikke årstallet.' },
    ]);
  });

  it('writes an inline citation with no space before its comma', () => {
    const cited = inlineCitation({ source, section: 'Bilag' }, data.sources);
    expect(cited.rest).toBe(', Bilag.');
  });
});
