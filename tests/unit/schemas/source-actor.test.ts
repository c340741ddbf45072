import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../../src/schemas/source';
import { actorSchema } from '../../../src/schemas/actor';
import { issuesOf } from './helpers';

const validSource = {
  title: 'Forløbsprogram for rehabilitering og palliation i forbindelse med kræft',
  shortTitle: 'Kræft – forløbsprogram 2018',
  publisher: 'Sundhedsstyrelsen',
  date: '2018-02-09',
  datePrecision: 'day',
  kind: 'forloebsprogram',
  scope: 'national',
  summary: 'Nationalt forløbsprogram.',
  seedFile: '004_933565421201c910.txt',
};

describe('sourceSchema', () => {
  it('accepts a national source without a region', async () => {
    expect(await issuesOf(sourceSchema, validSource)).toEqual([]);
  });
  it('requires a region for a regional source', async () => {
    const issues = await issuesOf(sourceSchema, { ...validSource, scope: 'regional' });
    expect(issues).toEqual([expect.stringMatching(/^region: /)]);
  });
  it('rejects a region on a national source', async () => {
    const issues = await issuesOf(sourceSchema, { ...validSource, region: 'sjaelland' });
    expect(issues).toEqual([expect.stringMatching(/^region: /)]);
  });
  it('rejects an unknown kind of document', async () => {
    const issues = await issuesOf(sourceSchema, { ...validSource, kind: 'blog' });
    expect(issues).toEqual([expect.stringMatching(/^kind: /)]);
  });
  it('rejects a field the schema does not know', async () => {
    const issues = await issuesOf(sourceSchema, { ...validSource, link: 'https://example.org' });
    expect(issues.join()).toMatch(/link/);
  });
  it('accepts the address of the original document', async () => {
    const issues = await issuesOf(sourceSchema, {
      ...validSource,
      url: 'https://www.sst.dk/dokument.pdf',
    });
    expect(issues).toEqual([]);
  });
  it('rejects an address that is not a web address, naming the field', async () => {
    const issues = await issuesOf(sourceSchema, { ...validSource, url: 'www.sst.dk/dokument' });
    expect(issues).toEqual([expect.stringMatching(/^url: .*https:\/\//)]);
  });
  it('accepts what the document says about itself, with the section it comes from', async () => {
    const parsed = await sourceSchema.parseAsync({
      ...validSource,
      aboutDocument: [{ heading: 'Udvælgelse', section: 'Kapitel 1', paragraphs: ['Tekst.'] }],
    });
    expect(parsed.aboutDocument).toEqual([
      { heading: 'Udvælgelse', section: 'Kapitel 1', paragraphs: ['Tekst.'], items: [] },
    ]);
  });
  it('requires a section for each part about the document', async () => {
    const issues = await issuesOf(sourceSchema, {
      ...validSource,
      aboutDocument: [{ heading: 'Udvælgelse', paragraphs: ['Tekst.'] }],
    });
    expect(issues).toEqual([expect.stringMatching(/^aboutDocument\.0\.section: /)]);
  });
  it('defaults the list of lost figures to empty', async () => {
    const parsed = await sourceSchema.parseAsync(validSource);
    expect(parsed.lostInExtraction).toEqual([]);
  });
});

const validActor = {
  name: 'Almen praksis',
  sector: 'almen-praksis',
  kind: 'organisation',
  description: 'Den praktiserende læge.',
  sources: ['sst-kraeft-rehabilitering-2018'],
};

describe('actorSchema', () => {
  it('accepts an actor with a sector and a source', async () => {
    expect(await issuesOf(actorSchema, validActor)).toEqual([]);
  });
  it('turns source ids into references to the sources collection', async () => {
    const parsed = await actorSchema.parseAsync(validActor);
    expect(parsed.sources[0]).toEqual({
      collection: 'sources',
      id: 'sst-kraeft-rehabilitering-2018',
    });
  });
  it('rejects an unknown sector', async () => {
    const issues = await issuesOf(actorSchema, { ...validActor, sector: 'hospital' });
    expect(issues).toEqual([expect.stringMatching(/^sector: /)]);
  });
  it('requires at least one source', async () => {
    const issues = await issuesOf(actorSchema, { ...validActor, sources: [] });
    expect(issues).toEqual([expect.stringMatching(/^sources: /)]);
  });
});
