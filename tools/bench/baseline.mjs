// The bare Astro project `npm run bench` compares the site with. It loads the same content through
// the same collections and the same zod schemas (a copy of the site's `src/` without its pages),
// so validation and MDX compilation cost the same in both builds. What it leaves
// out is the site's own work: no Tailwind, no layout components, no diagrams, charts, integrity
// checks, data shaping or sitemap. Each entry gets one page with a minimal layout that prints the
// same text fields (so the search index covers the same words). Its index is what a bare Astro
// site with Pagefind builds: Pagefind reads the output folder itself (`addDirectory`), Danish,
// with none of the site's index-only words.
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const config = () => `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pagefind over the output folder, timed in the line the benchmark reads. */
const pagefindIndex = () => ({
  name: 'bare-pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const { index } = await pagefind.createIndex({ forceLanguage: 'da' });
      const added = await index.addDirectory({ path: fileURLToPath(dir) });
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      await pagefind.close();
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      logger.info(\`Søgeindeks: \${added.page_count} sider indekseret på \${seconds} s\`);
    },
  },
});

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx(), pagefindIndex()],
  markdown: { syntaxHighlight: false },
});
`;

const LAYOUT = `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="da">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main data-pagefind-body><h1>{title}</h1><slot /></main></body>
</html>
`;

/** A page that lists one collection, linking each entry. */
const listPage = (
  /** @type {string} */ collection,
  /** @type {string} */ title,
  /** @type {string} */ field,
) => `---
import { getCollection } from 'astro:content';
import Layout from '../../layouts/Bare.astro';
const entries = await getCollection('${collection}');
---
<Layout title="${title}">
  <ul>{entries.map((e) => <li><a href={\`\${e.id}/\`}>{e.data.${field}}</a></li>)}</ul>
</Layout>
`;

/** Entry pages: getStaticPaths passes the entry itself, so no lookup is needed. */
const PAGES = {
  'index.astro': `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Bare.astro';
const counts = await Promise.all(
  ['pathways', 'cases', 'responsibilities', 'actors', 'sources'].map(
    async (name) => [name, (await getCollection(name)).length],
  ),
);
---
<Layout title="Bare">
  <ul>{counts.map(([name, count]) => <li>{name}: {count}</li>)}</ul>
</Layout>
`,
  'forloeb/index.astro': listPage('pathways', 'Forløb', 'title'),
  'forloeb/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Bare.astro';
export async function getStaticPaths() {
  return (await getCollection('pathways')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const d = entry.data;
---
<Layout title={d.title}>
  <p>{d.summary}</p>
  <ol>
    {d.steps.map((step) => (
      <li>
        <h2>{step.title}</h2>
        <p>{step.description}</p>
        <p>{step.actors.map((a) => a.id).join(', ')}</p>
        {step.branches.length > 0 && <ul>{step.branches.map((b) => <li>{b.condition} → {b.next ?? b.outcome}</li>)}</ul>}
      </li>
    ))}
  </ol>
  <Content />
</Layout>
`,
  'cases/index.astro': listPage('cases', 'Cases', 'title'),
  'cases/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Bare.astro';
export async function getStaticPaths() {
  return (await getCollection('cases')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const d = entry.data;
---
<Layout title={d.title}>
  <p>{d.summary}</p>
  <Content />
  <dl>
    {Object.entries(d.assessment).map(([name, a]) => (
      <><dt>{name}: {a.score}</dt><dd>{a.catalogueSummary} {a.rationale}</dd></>
    ))}
  </dl>
  {Object.entries(d.sections).map(([name, text]) => (
    <section><h2>{name}</h2>{text.split('\\n\\n').map((p) => <p>{p}</p>)}</section>
  ))}
</Layout>
`,
  'ansvarsfordeling/index.astro': listPage('responsibilities', 'Ansvarsfordeling', 'title'),
  'ansvarsfordeling/[id].astro': `---
import { getCollection } from 'astro:content';
import Layout from '../../layouts/Bare.astro';
export async function getStaticPaths() {
  return (await getCollection('responsibilities')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const d = entry.data;
---
<Layout title={d.title}>
  <p>{d.description}</p>
  <table>
    <caption>{d.caption}</caption>
    <tr><th>{d.rowHeading}</th>{d.columns.map((c) => <th>{c.label}</th>)}</tr>
    {d.rows.map((row) => (
      <tr>
        <th>{row.label ?? row.actor?.id}</th>
        {d.columns.map((c) => <td>{(row.tasks[c.id] ?? []).join(' ')}</td>)}
      </tr>
    ))}
  </table>
</Layout>
`,
  'aktoerer/index.astro': listPage('actors', 'Aktører', 'name'),
  'aktoerer/[id].astro': `---
import { getCollection } from 'astro:content';
import Layout from '../../layouts/Bare.astro';
export async function getStaticPaths() {
  return (await getCollection('actors')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
---
<Layout title={entry.data.name}><p>{entry.data.description}</p></Layout>
`,
  'kilder/index.astro': listPage('sources', 'Kilder', 'title'),
  'kilder/[id].astro': `---
import { getCollection } from 'astro:content';
import Layout from '../../layouts/Bare.astro';
export async function getStaticPaths() {
  return (await getCollection('sources')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
---
<Layout title={entry.data.title}><p>{entry.data.summary}</p></Layout>
`,
};

/**
 * Writes the bare project into `targetDir`, taking the collections and schemas from `siteDir`
 * (a snapshot of the site) and sharing its node_modules through a symlink.
 * @param {{ siteDir: string, targetDir: string }} options
 */
export function writeBareProject({ siteDir, targetDir }) {
  mkdirSync(join(targetDir, 'src'), { recursive: true });
  symlinkSync(join(siteDir, 'node_modules'), join(targetDir, 'node_modules'));
  cpSync(join(siteDir, 'tsconfig.json'), join(targetDir, 'tsconfig.json'));
  writeFileSync(
    join(targetDir, 'package.json'),
    `${JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(join(targetDir, 'astro.config.mjs'), config());
  // The site's modules without its pages: content.config.ts, the registry and the schemas with
  // everything they import (they grow imports; a hand list of files went stale). Only modules
  // the bare pages import are built, so the rest costs nothing.
  cpSync(join(siteDir, 'src'), join(targetDir, 'src'), {
    recursive: true,
    filter: (source) => !source.startsWith(join(siteDir, 'src/pages')),
  });
  mkdirSync(join(targetDir, 'src/layouts'), { recursive: true });
  writeFileSync(join(targetDir, 'src/layouts/Bare.astro'), LAYOUT);
  for (const [path, text] of Object.entries(PAGES)) {
    const target = join(targetDir, 'src/pages', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
