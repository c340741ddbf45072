import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  reservedSegments,
  siteRoutes,
  staticPagePath,
} from '../../../../src/content/check/routes';

describe('staticPagePath', () => {
  it('gives the address of pages, index pages and endpoints', () => {
    expect(staticPagePath('index.astro')).toBe('/');
    expect(staticPagePath('om.astro')).toBe('/om/');
    expect(staticPagePath('cases/om-vurderingerne/index.astro')).toBe('/cases/om-vurderingerne/');
    expect(staticPagePath('cases/cases.csv.ts')).toBe('/cases/cases.csv');
  });
  it('gives no address for a route with a parameter', () => {
    expect(staticPagePath('cases/[id].astro')).toBeUndefined();
  });
});

describe('siteRoutes', () => {
  const collections = { cases: { folder: 'cases', extension: '.mdx', schema: z.unknown(), page: 'cases', searchType: false } } as const;
  const pages = ['cases/[id].astro', 'cases/sammenlign.astro', 'cases/index.astro'];
  const entry = (id: string) => ({ collection: 'cases', id, file: `content/cases/${id}.mdx` });

  it('lists fixed pages, public files and a page per entry', () => {
    const { paths, problems } = siteRoutes(pages, ['favicon.svg'], [entry('samblik')], collections);
    expect([...paths].sort()).toEqual(['/cases/', '/cases/samblik/', '/cases/sammenlign/', '/favicon.svg']);
    expect(problems).toEqual([]);
  });
  it('refuses an entry whose page would take the address of a fixed page', () => {
    const { problems } = siteRoutes(pages, [], [entry('sammenlign')], collections);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/cases/sammenlign.mdx', message: expect.stringContaining('/cases/sammenlign/') }),
    ]);
  });
  it('refuses an entry whose id is a folder of routes, such as the later pages under side/', () => {
    const paged = [...pages, 'cases/side/[page].astro', 'cases/data/[id].json.ts'];
    const { problems } = siteRoutes(paged, [], [entry('side'), entry('data'), entry('liva')], collections);
    expect(problems).toEqual([
      { file: 'content/cases/side.mdx', field: 'id (filnavn)', message: expect.stringContaining('/cases/side/, som webstedet selv bruger') },
      { file: 'content/cases/data.mdx', field: 'id (filnavn)', message: expect.stringContaining('/cases/data/, som webstedet selv bruger') },
    ]);
  });
});

describe('reservedSegments', () => {
  it('names the folders that routes take directly under a collection folder', () => {
    const files = [
      'forloeb/index.astro',
      'forloeb/[id]/index.astro',
      'forloeb/[id]/baggrund.astro',
      'forloeb/side/[page].astro',
      'forloeb/omraade/[area]/index.astro',
      'forloeb/omraade/[area]/side/[page].astro',
      'cases/sammenlign.astro',
    ];
    expect([...reservedSegments(files, 'forloeb')].sort()).toEqual(['omraade', 'side']);
  });
});

describe('siteRoutes with list pages under a collection folder', () => {
  const collections = {
    pathways: { folder: 'pathways', extension: '.mdx', schema: z.unknown(), page: 'forloeb', searchType: false },
  } as const;
  const pages = ['forloeb/index.astro', 'forloeb/[id]/index.astro', 'forloeb/side/[page].astro'];
  const entry = (id: string) => ({ collection: 'pathways', id, file: `content/pathways/${id}.mdx` });

  it('gives a pathway, whose page is a folder of its own, its address', () => {
    const { paths, problems } = siteRoutes(pages, [], [entry('knae')], collections);
    expect(paths.has('/forloeb/knae/')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('refuses, naming the file and the field in Danish, an id that the list pages use', () => {
    const { problems } = siteRoutes(pages, [], [entry('side')], collections);
    expect(problems).toEqual([
      {
        file: 'content/pathways/side.mdx',
        field: 'id (filnavn)',
        message: expect.stringMatching(/^id'et «side» giver adressen \/forloeb\/side\/, som webstedet selv bruger.*omdøb filen$/),
      },
    ]);
  });
});
