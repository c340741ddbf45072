import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parse,
  parseDocument,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

// Saves an entry by changing only what the editor changed. Decap hands a format the entry's data,
// never the file it came from, so the CMS keeps the original text (src/cms/admin-client.ts) and
// this module patches it: every value that differs is rewritten where it stands, in the style it
// had (block `>-`, quotes, flow `[a, b]`); a removed field or list item loses its lines, a new one
// gets its own; comments, key order and everything untouched stay byte for byte. The result is
// read back and compared with the data; where they differ, the caller writes the whole file.

type Data = Record<string, unknown>;

/** One change to the original text: replace `[start, end)` with `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** How values are written when they are written anew: YAML 1.1 quotes date-like strings. */
const WRITE = { version: '1.1', singleQuote: true, flowCollectionPadding: false } as const;

/** Deep equality of plain data (what YAML and the CMS hold); `undefined` counts as absent. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => same(item, b[index]));
  }
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = Object.entries(b).filter(([, value]) => value !== undefined);
  return (
    left.length === right.length &&
    left.every(([key, value]) => same(value, (b as Record<string, unknown>)[key]))
  );
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const column = (text: string, offset: number) => offset - lineStart(text, offset);
/** The offset just after the line that holds `offset - 1` (after its newline). */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** Indents every line but the first by `indent` spaces. */
const indentRest = (text: string, indent: number) =>
  text.replace(/\n(?=.)/g, `\n${' '.repeat(indent)}`);

/** A value written as YAML on its own (no trailing newline), in the style of `like` if given. */
function render(value: unknown, like?: Node, lineWidth = 100): string {
  const block =
    typeof value === 'object' && value !== null && !(like && 'flow' in like && like.flow);
  if (block) return new Document(value, WRITE).toString({ ...WRITE, lineWidth }).replace(/\n$/, '');
  // A scalar or flow collection is written as a map's value, so a block scalar gets its indent.
  const doc = new Document({ x: value }, WRITE);
  const node = (doc.contents as YAMLMap).items[0]!.value as Node;
  if (like && isScalar(like) && isScalar(node) && typeof value === 'string') {
    if (like.type) node.type = like.type;
  }
  if (like && (isSeq(like) || isMap(like)) && (isSeq(node) || isMap(node))) node.flow = true;
  return doc
    .toString({ ...WRITE, lineWidth })
    .replace(/^x: ?/, '')
    .replace(/\n$/, '');
}

/**
 * A `>-` block scalar's new text folded at the original's line breaks where the text still has
 * them, so one changed word changes one line. `undefined` when the text does not fit that form.
 */
function refold(source: string, value: string, indent: number): string | undefined {
  const [header, ...rest] = source.replace(/\n+$/, '').split('\n');
  if (header !== '>-' || /\n|^\s|\s$|\s\s/.test(value) || value === '') return undefined;
  const lines = rest.map((line) => line.trim()).filter(Boolean);
  if (lines.length === 0) return undefined;
  const width = Math.max(...lines.map((line) => line.length));
  const out: string[] = [];
  let remaining = value;
  while (remaining) {
    const kept = lines.find((line) => remaining === line || remaining.startsWith(`${line} `));
    let line = kept;
    if (!line) {
      const cut = remaining.length <= width ? -1 : remaining.lastIndexOf(' ', width);
      const at = cut > 0 ? cut : remaining.indexOf(' ', width);
      line = at > 0 && remaining.length > width ? remaining.slice(0, at) : remaining;
    }
    out.push(line);
    remaining = remaining.slice(line.length + 1);
  }
  if (out.some((line) => /^[#\s]/.test(line) || line.includes(' #'))) return undefined;
  return [header, ...out.map((line) => `${' '.repeat(indent + 2)}${line}`)].join('\n');
}

/** Whether a block scalar's original text runs over more than one line (so it is folded). */
function isFolded(text: string, node: Scalar): boolean {
  const source = text.slice(node.range![0], node.range![1]);
  return source.replace(/\n+$/, '').split('\n').length > 2;
}

/**
 * The text that replaces a node's value, at the node's own place. `parent` is the column of the
 * key or dash the value belongs to.
 */
function replaceValue(text: string, node: Node, value: unknown, parent: number): string {
  let lineWidth = 100;
  if ((isSeq(node) || isMap(node)) && node.flow) lineWidth = 0;
  else if (isScalar(node) && (node.type === 'PLAIN' || node.type?.startsWith('QUOTE')))
    lineWidth = 0;
  else if (isScalar(node) && typeof node.value === 'string' && !isFolded(text, node)) lineWidth = 0;
  if (isScalar(node) && node.type === 'BLOCK_FOLDED' && typeof value === 'string') {
    const folded = refold(text.slice(node.range![0], node.range![1]), value, parent);
    if (folded !== undefined) return folded;
  }
  const written = render(value, node, lineWidth);
  const collection = isMap(node) || isSeq(node);
  const blockValue = typeof value === 'object' && value !== null && !/^[[{]/.test(written);
  // A block collection in place of a scalar starts on the next line, under its key.
  if (blockValue && !collection) {
    return `\n${' '.repeat(parent + 2)}${indentRest(written, parent + 2)}`;
  }
  return indentRest(written, collection ? column(text, node.range![0]) : parent);
}

/** The column a block collection's entries start at (a sequence's dash). */
function entryColumn(text: string, node: YAMLMap | YAMLSeq): number {
  const first = node.items[0];
  if (!first) return 0;
  if (isMap(node)) return column(text, (first as Pair<Node, Node>).key.range![0]);
  const start = (first as Node).range![0];
  const before = text.slice(lineStart(text, start), start);
  const dash = before.lastIndexOf('-');
  return dash === -1 ? column(text, start) : dash;
}

class Patcher {
  readonly edits: Edit[] = [];
  constructor(private readonly text: string) {}

  /** Records the edits that turn `node` into `value`; `indent` is its parent's entry column. */
  node(node: Node, was: unknown, value: unknown, indent: number): void {
    if (same(was, value)) return;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (isMap(node) && !node.flow && node.items.length > 0 && isObject) {
      this.map(node, was as Data, value as Data);
      return;
    }
    if (
      isSeq(node) &&
      !node.flow &&
      node.items.length > 0 &&
      Array.isArray(value) &&
      value.length
    ) {
      this.seq(node, was as unknown[], value);
      return;
    }
    const [start, end] = node.range!;
    let text = replaceValue(this.text, node, value, indent);
    // A block value's range ends after its newline; the rewritten value keeps it.
    if (this.text.slice(start, end).endsWith('\n') && !text.endsWith('\n')) text += '\n';
    this.edits.push({ start, end, text });
  }

  private map(node: YAMLMap, was: Data, value: Data): void {
    const indent = entryColumn(this.text, node);
    const pairs = node.items as Pair<Scalar, Node | null>[];
    const keys = pairs.map((pair) => String(pair.key.value));
    for (const pair of pairs) {
      const key = String(pair.key.value);
      if (!(key in value) || value[key] === undefined) this.remove(pair.key, pair.value);
      else if (pair.value) this.node(pair.value, was[key], value[key], indent);
      else this.nullValue(pair.key, value[key], indent);
    }
    // New fields: after the field before them in the data's order, else after the last.
    let after = pairs[pairs.length - 1]!;
    let pending: string[] = [];
    const flush = (anchor: Pair<Scalar, Node | null>) => {
      if (pending.length === 0) return;
      const end = lineEnd(this.text, (anchor.value ?? anchor.key).range![2]);
      this.edits.push({ start: end, end, text: pending.join('') });
      pending = [];
    };
    for (const [key, item] of Object.entries(value)) {
      const index = keys.indexOf(key);
      if (index !== -1) {
        flush(after);
        after = pairs[index]!;
        continue;
      }
      if (item === undefined) continue;
      pending.push(`${' '.repeat(indent)}${indentRest(render({ [key]: item }), indent)}\n`);
    }
    flush(after);
  }

  /** A key without a value (`key:`) that gets one. */
  private nullValue(key: Scalar, value: unknown, indent: number): void {
    if (value === null) return;
    const end = key.range![1];
    const colon = this.text.indexOf(':', end) + 1;
    const written = render({ x: value }).replace(/^x:/, '');
    this.edits.push({ start: colon, end: colon, text: indentRest(written, indent) });
  }

  private seq(node: YAMLSeq, was: unknown[], value: unknown[]): void {
    const items = node.items as Node[];
    const dash = entryColumn(this.text, node);
    let head = 0;
    while (head < items.length && head < value.length && same(was[head], value[head])) head += 1;
    let tail = 0;
    while (
      tail < items.length - head &&
      tail < value.length - head &&
      same(was[items.length - 1 - tail], value[value.length - 1 - tail])
    )
      tail += 1;
    const oldMiddle = items.slice(head, items.length - tail);
    const newMiddle = value.slice(head, value.length - tail);
    const paired = Math.min(oldMiddle.length, newMiddle.length);
    for (let index = 0; index < paired; index += 1) {
      this.node(oldMiddle[index]!, was[head + index], newMiddle[index], dash);
    }
    for (const item of oldMiddle.slice(paired)) this.remove(item, item);
    const added = newMiddle.slice(paired);
    if (added.length === 0) return;
    const text = added
      .map((item) => `${' '.repeat(dash)}${indentRest(render([item]), dash)}\n`)
      .join('');
    const previous = items[head + paired - 1];
    const at = previous
      ? lineEnd(this.text, previous.range![2])
      : lineStart(this.text, items[head]!.range![0]);
    this.edits.push({ start: at, end: at, text });
  }

  /** Removes the lines of a map pair (from its key) or a list item (from its dash). */
  private remove(first: Node, last: Node | null): void {
    const start = lineStart(this.text, first.range![0]);
    const end = lineEnd(this.text, (last ?? first).range![2]);
    this.edits.push({ start, end, text: '' });
  }
}

/** Applies edits (which never overlap) from the last to the first. */
function apply(text: string, edits: Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/**
 * The YAML text `original` changed to hold `data`, or `undefined` when it cannot be patched so
 * that it reads back as `data` (the caller then writes the whole file).
 */
export function patchYaml(original: string, data: Data): string | undefined {
  try {
    const doc = parseDocument(original);
    if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
    const patcher = new Patcher(original);
    patcher.node(doc.contents, doc.toJS(), data, 0);
    const patched = apply(original, patcher.edits);
    return same(parse(patched), data) ? patched : undefined;
  } catch {
    return undefined;
  }
}

/** An MDX file's parts: front matter (without the `---` lines), and the body with its spacing. */
export function splitMdx(text: string): { front: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n[\s\S]*)?$/.exec(text);
  if (!match) return undefined;
  return { front: match[1] ?? '', body: match[2] ?? '' };
}

/** An MDX file changed to hold `data` (front matter) and `body`, or `undefined` as above. */
export function patchMdx(original: string, data: Data, body: string): string | undefined {
  const parts = splitMdx(original);
  if (!parts) return undefined;
  const front = patchYaml(parts.front, data);
  if (front === undefined) return undefined;
  const kept = parts.body.trim() === body.trim();
  let newBody = parts.body;
  if (!kept) {
    const lead = /^\s*/.exec(parts.body)?.[0] ?? '';
    newBody = body.trim() ? `${lead.includes('\n\n') ? lead : '\n\n'}${body.trim()}\n` : '\n';
  }
  return `---\n${front}---${newBody}`;
}
