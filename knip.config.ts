import type { KnipConfig } from 'knip';

// Dead-code check: unused files, exports and dependencies. Astro pages, the content config and
// the Vitest projects are found by knip's own plugins; these are the entries they cannot see.
const config: KnipConfig = {
  entry: [
    // Node tooling run from package.json scripts and from other tools.
    'tools/*.mjs',
    // Browser code, loaded by <script> tags in .astro files.
    'src/client/*.ts',
    // The content check, bundled on the fly by src/content/check/load.mjs for plain Node.
    'src/content/check/index.ts',
    // The CMS's endpoints, injected by src/cms/integration.mjs only when a build carries the CMS.
    'src/cms/routes/*.ts',
  ],
  project: ['src/**/*.{ts,mjs,astro,css}', 'tools/**/*.mjs', 'tests/**/*.ts'],
  // A module may export a type or constant it uses itself: that is its documented interface.
  ignoreExportsUsedInFile: true,
};

export default config;
