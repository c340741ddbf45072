/** Custom formats the admin script registers, so saved files parse the way the schemas expect. */
export const CMS_FORMATS = { yaml: 'rehab-yaml', mdx: 'rehab-mdx' } as const;

/** The custom widget for maps keyed by column id (registered by the admin script). */
export const KEYED_MAP_WIDGET = 'keyed-map';
