import { resolve } from 'node:path';
import { SUBPATH_BASE as BASE, SUBPATH_OUT_DIR } from '../../tools/subpath.mjs';
import { SCALE_OUT_DIR } from '../../tools/scale.mjs';

const root = resolve(import.meta.dirname, '../..');

/** The site built at the root base (`npm run build`). `SITE_DIR` points elsewhere. */
export const SITE_DIR = resolve(root, process.env['SITE_DIR'] ?? 'dist');

/** The same site built under a sub-path (`npm run build:subpath`). */
export const SUBPATH_SITE_DIR = resolve(root, SUBPATH_OUT_DIR);

/** The sub-path used for the second build, as on GitHub Pages. */
export const SUBPATH_BASE: string = BASE;

/** The site built over generated content at scale (`npm run build:scale`). */
export const SCALE_SITE_DIR = resolve(root, SCALE_OUT_DIR);
