// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/content/check/integration.mjs';
import { resolveDeployTarget } from './src/site/deploy-target.mjs';
import { publishingProblem, siteConfigFrom } from './src/site/config.ts';
import pagefind from './src/integrations/pagefind.ts';
import { cmsAdmin } from './src/cms/integration.mjs';
import { isUnlisted } from './src/site/indexing.mjs';
import { markdownProcessor } from './src/integrations/markdown.ts';

// A build for publishing stops here, naming each variable, unless it knows its address, its
// publisher and a contact (README, «Publishing builds»); malformed values stop every build.
const publishingProblemText = publishingProblem(process.env);
if (publishingProblemText) {
  // A plain message, not a stack trace: the person at the host's build log must act on it.
  console.error(publishingProblemText);
  process.exit(1);
}
siteConfigFrom(process.env);
// One build command serves every host: `SITE_URL` (or Netlify's `URL`) and `BASE_PATH` pick
// the absolute origin and the sub-path (e.g. `/rehab/` on GitHub Pages).
const { site, base } = resolveDeployTarget(process.env);

export default defineConfig({
  site,
  base,
  // Every page is a folder with index.html, so links end with a slash on every host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // `true` keeps the spaces between inline elements ('jsx' mode runs words together).
  compressHTML: true,
  // Out-of-tree builds (benchmarks, fixtures) point these elsewhere so they never clash.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // contentCheck first: it refuses bad content before Astro loads a single collection;
  // `pagefind` builds the search index into the site when `astro build` is done; the CMS at
  // /admin/ (bundled from node_modules); the sitemap lists only the pages meant for search
  // engines (src/site/indexing.mjs).
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !isUnlisted(page, base) }),
    pagefind(),
    cmsAdmin(),
  ],
  // Content has no code blocks; Shiki's inline styles would also break the CSP. The processor
  // gives footnotes Danish labels, aligned table cells classes, and every heading an id.
  markdown: { syntaxHighlight: false, processor: markdownProcessor() },
  vite: { plugins: [tailwindcss()] },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
