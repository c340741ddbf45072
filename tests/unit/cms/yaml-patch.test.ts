import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, parse, parseDocument, type Node } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { COLLECTIONS } from '../../../src/content/collections';
import { mdxFormat, toYaml, yamlFormat } from '../../../src/cms/formats';
import { ORIGINAL_TEXT_KEY } from '../../../src/cms/names';
import { splitMdx } from '../../../src/cms/yaml-patch';

// A save through the CMS formats, as the admin script makes it: the entry's data with the text
// it was loaded from beside it. Run over every file of content/.

type Data = Record<string, unknown>;
const contentDir = resolve(import.meta.dirname, '../../../content');
const FILES = Object.values(COLLECTIONS).flatMap(({ folder, extension }) =>
  readdirSync(join(contentDir, folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => `${folder}/${name}`),
);
const texts = new Map<string, string>();
const text = (file: string) => {
  if (!texts.has(file)) texts.set(file, readFileSync(join(contentDir, file), 'utf8'));
  return texts.get(file)!;
};
const formatOf = (file: string) => (file.endsWith('.mdx') ? mdxFormat : yamlFormat);
const open = (file: string) => formatOf(file).fromFile(text(file));
const save = (file: string, data: Data) =>
  formatOf(file).toFile({ ...data, [ORIGINAL_TEXT_KEY]: text(file) });

/** The YAML of a file (an MDX file's front matter) and where it starts in the file. */
function yamlOf(file: string): { yaml: string; offset: number } {
  if (!file.endsWith('.mdx')) return { yaml: text(file), offset: 0 };
  return { yaml: splitMdx(text(file))!.front, offset: '---\n'.length };
}

/** Paths to string values in a file's YAML: every one, or `limit` spread over the file. */
function stringPaths(file: string, limit = Infinity): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isScalar(node) && typeof node.value === 'string') paths.push(path);
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, String(pair.key)]);
    if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
  };
  walk(parseDocument(yamlOf(file).yaml).contents, []);
  if (paths.length <= limit) return paths;
  const step = (paths.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, index) => paths[Math.round(index * step)]!);
}

/** The file's text up to the start of the line of `start`, and from the line after `end`. */
function around(file: string, start: number, end: number): { before: string; after: string } {
  const whole = text(file);
  const from = whole.lastIndexOf('\n', start - 1) + 1;
  const newline = whole.indexOf('\n', end - 1);
  return {
    before: whole.slice(0, from),
    after: whole.slice(newline === -1 ? whole.length : newline + 1),
  };
}

const nodeAt = (file: string, path: (string | number)[]) =>
  parseDocument(yamlOf(file).yaml).getIn(path, true) as Node;

function setIn(data: Data, path: (string | number)[], value: unknown): Data {
  const copy = structuredClone(data);
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]!] = value;
  return copy;
}

describe('saving an entry through the CMS formats', () => {
  it('finds every content file of every collection', () => {
    expect(FILES.length).toBeGreaterThan(Object.keys(COLLECTIONS).length);
  });

  it.each(FILES)('leaves %s byte for byte as it was when saved unchanged', (file) => {
    expect(save(file, open(file))).toBe(text(file));
  });

  // Up to 24 fields of each file, from its first to its last, each changed on its own.
  it.each(FILES)('changes only the lines of the one field changed in %s', (file) => {
    const { offset } = yamlOf(file);
    for (const path of stringPaths(file, 24)) {
      const data = open(file);
      const before = nodeAt(file, path);
      const changed = setIn(data, path, `${String(before.toJSON())} (rettet)`);
      const saved = save(file, changed);
      const [start, end] = before.range!;
      const expected = around(file, start + offset, end + offset);
      expect(saved.startsWith(expected.before), path.join('.')).toBe(true);
      expect(saved.endsWith(expected.after), path.join('.')).toBe(true);
      expect(formatOf(file).fromFile(saved)).toEqual(changed);
    }
  });
});

describe('changing a list or the fields of an entry', () => {
  const pathways = FILES.filter((file) => file.startsWith('pathways/'));
  // Actors whose sources are a flow sequence (`sources: [a, b]`).
  const actors = FILES.filter(
    (file) => file.startsWith('actors/') && /^sources: \[/m.test(text(file)),
  );

  it.each(pathways)('removes only the lines of the step taken out of %s', (file) => {
    const data = open(file);
    const steps = data['steps'] as Data[];
    const last = nodeAt(file, ['steps', steps.length - 1]);
    const saved = save(file, { ...data, steps: steps.slice(0, -1) });
    const { offset } = yamlOf(file);
    const { before, after } = around(file, last.range![0] + offset, last.range![2] + offset);
    expect(saved).toBe(before + after);
  });

  it.each(pathways)('adds a new step to %s as new lines, leaving every other line', (file) => {
    const data = open(file);
    const steps = data['steps'] as Data[];
    const added = { ...steps[0], id: 'nyt-trin', title: 'Et nyt trin' };
    const saved = save(file, { ...data, steps: [...steps, added] });
    const original = text(file).split('\n');
    const lines = saved.split('\n');
    // Every original line is still there, in order; the rest is the new step.
    let index = 0;
    for (const line of lines) if (line === original[index]) index += 1;
    expect(index).toBe(original.length);
    expect(mdxFormat.fromFile(saved)['steps']).toEqual([...steps, added]);
  });

  it('finds actors whose sources are written on one line', () => {
    expect(actors.length).toBeGreaterThan(0);
  });

  it.each(actors)('keeps the sources of %s on one line when one is added', (file) => {
    const data = open(file);
    const sources = [...(data['sources'] as string[]), 'ny-kilde'];
    const saved = save(file, { ...data, sources });
    const changed = saved.split('\n').filter((line) => !text(file).split('\n').includes(line));
    expect(changed).toEqual([`sources: [${sources.join(', ')}]`]);
  });

  it('removes a field’s lines and writes a new field after the one before it', () => {
    const file = pathways[0]!;
    const { summary, ...rest } = open(file);
    expect(summary).toBeTypeOf('string');
    const entries = Object.entries(rest);
    const withNew = Object.fromEntries([
      ...entries.slice(0, 1),
      ['shortTitle', 'Kort titel'],
      ...entries.slice(1),
    ]);
    const saved = save(file, withNew);
    const node = nodeAt(file, ['summary']);
    const key = parseDocument(yamlOf(file).yaml).contents as unknown as { items: { key: Node }[] };
    const { offset } = yamlOf(file);
    const keyStart = key.items.find((pair) => String(pair.key) === 'summary')!.key.range![0];
    const { before, after } = around(file, keyStart + offset, node.range![2] + offset);
    const titleLine = before.split('\n').findIndex((line) => line.startsWith('title:'));
    expect(saved).toBe(
      [
        ...before.split('\n').slice(0, titleLine + 1),
        'shortTitle: Kort titel',
        ...before.split('\n').slice(titleLine + 1),
      ].join('\n') + after,
    );
  });

  it('keeps the comments of the rubric when a value beside them changes', () => {
    const file = FILES.find((name) => name.startsWith('rubric/'))!;
    const comments = text(file)
      .split('\n')
      .filter((line) => line.trimStart().startsWith('#'));
    expect(comments.length).toBeGreaterThan(0);
    const saved = save(file, { ...open(file), sourceSection: 'Et andet afsnit' });
    for (const comment of comments) expect(saved).toContain(comment);
  });

  it('changes only the body’s lines when the body of an MDX entry changes', () => {
    const file = FILES.find((name) => name.endsWith('.mdx'))!;
    const data = open(file);
    const saved = save(file, { ...data, body: `${String(data['body'])}\n\nEt nyt afsnit.` });
    expect(saved).toBe(`${text(file).replace(/\n+$/, '')}\n\nEt nyt afsnit.\n`);
  });
});

describe('a save that cannot patch the file', () => {
  it('writes the whole file and says so in the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const data = { name: 'Kommune', description: 'Ny tekst' };
    const saved = yamlFormat.toFile({ ...data, [ORIGINAL_TEXT_KEY]: 'name: [ikke lukket\n' });
    expect(saved).toBe(toYaml(data));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('«Kommune»'));
    warn.mockRestore();
  });

  it('writes a new entry, which has no file yet, whole and without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(yamlFormat.toFile({ name: 'Ny' })).toBe('name: Ny\n');
    expect(parse(mdxFormat.toFile({ title: 'Ny', body: 'Tekst.' }).split('---')[1]!)).toEqual({
      title: 'Ny',
    });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
