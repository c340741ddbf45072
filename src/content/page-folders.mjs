// The address folder of each collection whose entries have pages of their own: a pathway is at
// /forloeb/<id>/. The registry (src/content/collections.ts) takes its `page` values from here,
// and so do Node tools that cannot load the registry with its schemas (the page-weight rules
// that `npm run bench` and `npm run lighthouse` use), so a folder is named in one place.

export const PAGE_FOLDERS = /** @type {const} */ ({
  sources: 'kilder',
  actors: 'aktoerer',
  pathways: 'forloeb',
  cases: 'cases',
  responsibilities: 'ansvarsfordeling',
});
