// Checks all content without building pages, in-process and in about a second: every file
// under content/ is read directly and checked with the same schemas, integrity and body
// checks as the build (src/content/check/), and every problem of the run is listed at once.
//
//   node tools/check-content.mjs                  the project's own content/
//   node tools/check-content.mjs --content DIR    another content folder (e.g. a test fixture)
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkProjectContent } from '../src/content/check/load.mjs';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const projectRoot = resolve(import.meta.dirname, '..');
const started = performance.now();
const result = await checkProjectContent(
  projectRoot,
  values.content === undefined
    ? (process.env['CONTENT_ROOT'] ?? 'content')
    : resolve(values.content),
);
const time = `${((performance.now() - started) / 1000).toFixed(1)} s`;
// Notices are for the developer (e.g. quotations not checked for want of source texts).
for (const notice of result.notices) process.stderr.write(`Bemærk: ${notice}\n`);
if (result.ok) {
  console.log(`${result.report} (${time})`);
} else {
  process.stderr.write(`${result.report}\n`);
  process.exit(1);
}
