/**
 * Limits that keep a content file from slowing the check or crashing the build. Both are far
 * above what real content needs, so only a mistake or an attack ever meets them.
 */

/**
 * The largest content file accepted: 200 KB. The largest real file (the cancer pathway) is
 * 35 KB; a longer text belongs in several entries. The size is read before the file is parsed,
 * so a file of megabytes is refused at once instead of being parsed for minutes.
 */
export const MAX_FILE_BYTES = 200 * 1024;

/**
 * The deepest Markdown nesting accepted: quotes (`>`), lists, emphasis and links inside each
 * other, 20 levels. Real bodies nest at most 3 deep; the Markdown compiler of the build crashes
 * (a segmentation fault, no file named) from a few hundred levels, and the check's own parser
 * slows down sharply well before that.
 */
export const MAX_NESTING = 20;

/**
 * The most emphasis and bracket characters (`*`, `_`, `~`, `[`, `]`, not escaped) in one
 * paragraph: 100. Real paragraphs have at most 14. Markdown parsers pair these up in time that
 * grows with the square of their number, so 40 KB of `x*a` took the check's parser 24 seconds
 * even with nothing nested.
 */
export const MAX_MARKS_PER_PARAGRAPH = 100;

/** A byte count as editors read it: `35 KB`, `4,8 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
