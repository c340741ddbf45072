import { describe, expect, it } from 'vitest';
import { buildSourceView } from '../../../src/site/source-view';
import type { SourceData } from '../../../src/schemas/source';

const source: SourceData = {
  title: 'Forløbsprogram for rehabilitering og palliation i forbindelse med kræft',
  shortTitle: 'Kræft – forløbsprogram 2018',
  publisher: 'Sundhedsstyrelsen',
  date: new Date('2018-02-09T00:00:00Z'),
  datePrecision: 'day',
  kind: 'forloebsprogram',
  scope: 'national',
  summary: 'Nationalt forløbsprogram.',
  seedFile: '004_933565421201c910.txt',
  lostInExtraction: ['Figur 2 er ikke gengivet her.'],
};

describe('buildSourceView', () => {
  it('lists publisher, date, kind and scope', () => {
    expect(buildSourceView(source).facts).toEqual([
      { label: 'Udgiver', value: 'Sundhedsstyrelsen' },
      { label: 'Dato', value: '9. februar 2018' },
      { label: 'Type', value: 'Forløbsprogram' },
      { label: 'Gyldighed', value: 'Nationalt' },
    ]);
  });

  it('names the region of a regional source with its scope', () => {
    const view = buildSourceView({ ...source, scope: 'regional', region: 'sjaelland' });
    expect(view.facts.at(-1)).toEqual({ label: 'Gyldighed', value: 'Regionalt, Region Sjælland' });
  });

  it('links the original document when the source gives its address', () => {
    const view = buildSourceView({ ...source, url: 'https://www.sst.dk/program.pdf' });
    expect(view.original).toEqual({
      href: 'https://www.sst.dk/program.pdf',
      text: 'Hent «Kræft – forløbsprogram 2018» hos udgiveren',
    });
  });

  it('says that the document gives no address instead of guessing one', () => {
    expect(buildSourceView(source).original).toEqual({
      remark: expect.stringContaining('oplyser ikke selv en netadresse'),
    });
  });

  it('cites each part about the document by the short title and section', () => {
    const view = buildSourceView({
      ...source,
      aboutDocument: [
        { heading: 'Udvælgelse', section: '1 Valg af cases', paragraphs: ['Tekst.'], items: [] },
      ],
    });
    expect(view.parts[0]?.sectionText).toBe('Kræft – forløbsprogram 2018, afsnit 1 Valg af cases');
  });

  it('collects the remarks about the source for «Om kilden»', () => {
    expect(buildSourceView(source).aboutSource).toEqual(['Figur 2 er ikke gengivet her.']);
  });
});
