import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkContent } from '../../../../src/content/check/check';
import { reference } from '../../../../src/schemas/reference';

const collections = {
  actors: {
    folder: 'actors',
    extension: '.yaml',
    schema: z.strictObject({ name: z.string().min(1, 'må ikke være tom'), sources: z.array(reference('sources')) }),
    page: 'aktoerer',
    searchType: false,
  },
  sources: { folder: 'sources', extension: '.yaml', schema: z.strictObject({ title: z.string() }) },
  pathways: { folder: 'pathways', extension: '.mdx', schema: z.strictObject({ title: z.string() }), page: 'forloeb', searchType: false },
} as const;
const pageFiles = ['aktoerer/[id].astro', 'forloeb/[id].astro', 'om.astro'];
const run = (content: { path: string; text: string }[]) =>
  checkContent({ content, pageFiles, publicFiles: [] }, collections);
const valid = [
  { path: 'sources/sst.yaml', text: 'title: SST\n' },
  { path: 'actors/kommune.yaml', text: 'name: Kommune\nsources: [sst]\n' },
  { path: 'pathways/knae.mdx', text: '---\ntitle: Knæ\n---\n\nSe [om siden](../../om/).\n' },
];

describe('checkContent', () => {
  it('accepts valid content and returns its entries with references resolved to objects', () => {
    const { problems, entries } = run(valid);
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.id === 'kommune')?.data).toEqual({
      name: 'Kommune',
      sources: [{ collection: 'sources', id: 'sst' }],
    });
  });
  it('collects the mistakes of every file in one run', () => {
    const { problems } = run([
      ...valid,
      { path: 'actors/a.yaml', text: 'name: ""\nsources: [sst]\n' },
      { path: 'actors/c.yaml', text: 'name: C\nsources: [findes-ikke]\n' },
      { path: 'actors/b.yml', text: 'name: B\n' },
      { path: 'pathways/p.mdx', text: '---\ntitle: P\n---\n\n<script>x</script>\n' },
    ]);
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      'content/actors/b.yml: filendelse',
      'content/actors/a.yaml: name',
      'content/actors/c.yaml: sources[0]',
      'content/pathways/p.mdx: brødtekst, linje 5',
    ]);
  });
  it('gives the offending value of a field that fails its schema', () => {
    const { problems } = run([...valid, { path: 'sources/x.yaml', text: 'title: 5\n' }]);
    expect(problems).toEqual([
      { file: 'content/sources/x.yaml', field: 'title', message: 'skal være tekst, ikke et tal', value: 5 },
    ]);
  });
  it('reports each unknown field at its own path', () => {
    const { problems } = run([...valid, { path: 'sources/x.yaml', text: 'title: X\ntitel: X\nkind: a\n' }]);
    expect(problems.map((p) => p.field)).toEqual(['titel', 'kind']);
  });
  it('checks internal links in bodies against the pages the content makes', () => {
    const { problems } = run([
      ...valid,
      { path: 'pathways/p.mdx', text: '---\ntitle: P\n---\n\n[a](../knae/) [b](../hofte/)\n' },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'brødtekst, linje 5', message: expect.stringContaining('«/forloeb/hofte/»') }),
    ]);
  });
});

describe('checkContent without source texts', () => {
  it('says once, as a notice for the developer, that quotations were not checked', () => {
    const { problems, notices } = run(valid);
    expect(problems).toEqual([]);
    expect(notices).toEqual([expect.stringContaining('Citaterne i casenes vurderinger er ikke kontrolleret')]);
  });
});
