// How the benchmark's generated content compares with the real content: the same measures
// (entries' field counts and text lengths) taken from both, so `npm run bench -- --realism`
// can print them side by side and a unit test can hold the generator to the real shapes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Front matter of an MDX file, or the whole YAML file, as data; the MDX body as text. */
function readEntry(/** @type {string} */ text) {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return match
    ? { data: parse(match[1] ?? ''), body: match[2] ?? '' }
    : { data: parse(text), body: '' };
}

/** @param {number[]} values */
function median(values) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** @param {unknown} value */
const length = (value) => (typeof value === 'string' ? value.length : 0);
/** @param {unknown} value @returns {any[]} */
const list = (value) => (Array.isArray(value) ? value : []);

/**
 * The measures of each collection, each a function from one entry to a number; the median over
 * all entries is what is compared.
 * @type {Record<string, Record<string, (entry: { data: any, body: string }) => number>>}
 */
const MEASURES = {
  pathways: {
    steps: ({ data }) => list(data.steps).length,
    'step description chars': ({ data }) =>
      median(list(data.steps).map((s) => length(s.description))),
    'actors per step': ({ data }) => median(list(data.steps).map((s) => list(s.actors).length)),
    'branches per pathway': ({ data }) =>
      list(data.steps).reduce((sum, s) => sum + list(s.branches).length, 0),
    'summary chars': ({ data }) => length(data.summary),
    '«Kort fortalt» chars': ({ data }) => list(data.inBrief).join(' ').length,
    'body chars': ({ body }) => body.length,
  },
  cases: {
    'section chars (all ten)': ({ data }) =>
      Object.values(data.sections ?? {}).reduce((sum, text) => sum + length(text), 0),
    'rationale chars': ({ data }) =>
      median(Object.values(data.assessment ?? {}).map((a) => length(a.rationale))),
    'summary chars': ({ data }) => length(data.summary),
    organisations: ({ data }) => list(data.organisations).length,
  },
  responsibilities: {
    rows: ({ data }) => list(data.rows).length,
    columns: ({ data }) => list(data.columns).length,
    'tasks per row': ({ data }) =>
      median(list(data.rows).map((row) => Object.values(row.tasks ?? {}).flat().length)),
    'task chars': ({ data }) =>
      median(
        list(data.rows).flatMap((row) =>
          Object.values(row.tasks ?? {})
            .flat()
            .map(length),
        ),
      ),
  },
  datasets: {
    rows: ({ data }) => list(data.rows).length,
    columns: ({ data }) => list(data.columns).length,
  },
};

/**
 * The median of every measure over the entries of each collection in a content root.
 * @param {string} contentDir
 * @returns {Record<string, Record<string, number>>}
 */
export function contentProfile(contentDir) {
  /** @type {Record<string, Record<string, number>>} */
  const profile = {};
  for (const [collection, measures] of Object.entries(MEASURES)) {
    const dir = join(contentDir, collection);
    const entries = readdirSync(dir)
      .filter((name) => /\.(ya?ml|mdx)$/.test(name))
      .map((name) => readEntry(readFileSync(join(dir, name), 'utf8')));
    profile[collection] = Object.fromEntries(
      Object.entries(measures).map(([name, measure]) => [name, median(entries.map(measure))]),
    );
  }
  return profile;
}

/**
 * Rows comparing two profiles: collection, measure, real, generated, generated ÷ real.
 * @param {Record<string, Record<string, number>>} real
 * @param {Record<string, Record<string, number>>} generated
 * @returns {{ collection: string, measure: string, real: number, generated: number, ratio: number }[]}
 */
export function compareProfiles(real, generated) {
  return Object.entries(real).flatMap(([collection, measures]) =>
    Object.entries(measures).map(([measure, value]) => {
      const other = generated[collection]?.[measure] ?? 0;
      return { collection, measure, real: value, generated: other, ratio: other / value };
    }),
  );
}
