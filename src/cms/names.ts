/** Custom formats the admin script registers, so saved files parse the way the schemas expect. */
export const CMS_FORMATS = { yaml: 'rehab-yaml', mdx: 'rehab-mdx' } as const;

/** The custom widget for maps keyed by column id (registered by the admin script). */
export const KEYED_MAP_WIDGET = 'keyed-map';

/**
 * The data key under which the admin script hands a format the text the entry was loaded from
 * (Decap's `raw`), so a save patches that text instead of rewriting the file. Never written.
 */
export const ORIGINAL_TEXT_KEY = '__rehabOriginalText';
