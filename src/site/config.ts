/**
 * Site-wide settings an editor may change in one place. The publisher is named in print and
 * (for the other page types) in header, footer and «Om».
 */
export const site = {
  /** The name of the publisher, shown on paper under every printed pathway. */
  publisher: 'Redaktionen af Rehabiliteringsforløb',
} as const;
