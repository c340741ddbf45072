import { satteri, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { headingIds } from '../text/heading-ids';

/**
 * How MDX bodies become HTML: Astro's Markdown processor (Sätteri), configured through its
 * documented options. Footnotes get Danish labels; a table column aligned in Markdown
 * (`| --: |`) gets a class instead of the inline style the CSP refuses; every heading gets an
 * id, also one whose text gives no slug.
 */

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** The class that aligns a table cell, for each alignment Markdown can ask for. */
const CELL_ALIGN_CLASSES = {
  left: 'cell-align-left',
  center: 'cell-align-center',
  right: 'cell-align-right',
} as const;

const ALIGN_STYLE = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/i;

/** Turns `style="text-align: right"` on a table cell into `class="cell-align-right"`. */
const tableAlignClasses: HastPlugin = {
  name: 'rehab-table-align-classes',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = node.properties['style'];
      const align = typeof style === 'string' ? ALIGN_STYLE.exec(style)?.[1] : undefined;
      if (align === undefined) return;
      const classes = node.properties['className'];
      const kept = Array.isArray(classes) ? classes.map(String) : [];
      const side = align.toLowerCase() as keyof typeof CELL_ALIGN_CLASSES;
      ctx.setProperty(node, 'style', null);
      ctx.setProperty(node, 'className', [...kept, CELL_ALIGN_CLASSES[side]]);
    },
  },
};

/**
 * Gives every heading of a body its id before Astro's own heading plugin runs (which keeps an id
 * that is there), numbering a heading whose text gives no slug.
 */
const headingIdsWithFallback: HastPlugin = () => {
  const idFor = headingIds();
  return {
    name: 'rehab-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties['id'] === 'string') return;
        ctx.setProperty(node, 'id', idFor(ctx.textContent(node)));
      },
    },
  };
};

/** The processor for `markdown.processor` in astro.config.mjs. */
export function markdownProcessor() {
  return satteri({
    features: {
      gfm: {
        footnotes: {
          label: 'Fodnoter',
          backLabel: 'Tilbage til henvisning {reference}',
        },
      },
    },
    hastPlugins: [tableAlignClasses, headingIdsWithFallback],
  });
}
