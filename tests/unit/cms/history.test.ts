import { cpSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHistory, parseLog, readContentHistory } from '../../../src/history/git-history';
import { contentFileForPage, pageChanges } from '../../../src/history/page-changes';

const history = (files: Record<string, string[]>, complete = true) => ({
  complete,
  files: new Map(Object.entries(files).map(([k, days]) => [k, days.map((day) => ({ day }))])),
});

describe('parseLog', () => {
  it('reads author dates as UTC days, newest first as git gives them', () => {
    expect(parseLog('2026-11-23T19:24:33+00:00\n2026-11-20T23:30:00-02:00\n')).toEqual([
      { day: '2026-11-23' },
      { day: '2026-11-21' },
    ]);
  });
});

describe('parseHistory', () => {
  const log = [
    '\u00002026-11-23T10:00:00+00:00',
    '',
    'M\tcontent/cases/liva.mdx',
    'M\tsrc/pages/index.astro',
    '\u00002026-11-01T10:00:00+00:00',
    '',
    'R095\tsrc/content/cases/liva.mdx\tcontent/cases/liva.mdx',
    '\u00002026-10-01T10:00:00+00:00',
    '',
    'A\tsrc/content/cases/liva.mdx',
    '',
  ].join('\n');

  it('gives each file the days of the commits that changed it, newest first', () => {
    const changes = parseHistory(log, ['content/cases/liva.mdx']);
    expect(changes.get('content/cases/liva.mdx')).toEqual([
      { day: '2026-11-23' },
      { day: '2026-11-01' },
      { day: '2026-10-01' },
    ]);
  });

  it('follows a file back through a rename to its old name', () => {
    const changes = parseHistory(log, ['content/cases/liva.mdx']);
    expect(changes.get('content/cases/liva.mdx')?.at(-1)).toEqual({ day: '2026-10-01' });
  });

  it('gives a file no commit has touched no changes', () => {
    expect(parseHistory(log, ['content/cases/ny.mdx']).get('content/cases/ny.mdx')).toEqual([]);
  });
});

describe('contentFileForPage', () => {
  it('maps each page built from one file to that file', () => {
    expect(contentFileForPage('/forloeb/knae/')).toBe('pathways/knae.mdx');
    expect(contentFileForPage('/ansvarsfordeling/t/')).toBe('responsibilities/t.yaml');
    expect(contentFileForPage('/cases/')).toBeNull();
  });
});

describe('pageChanges', () => {
  it('shows the latest change and earlier days once each', () => {
    const changes = pageChanges(
      history({ 'cases/liva.mdx': ['2026-11-23', '2026-11-23', '2026-10-01'] }),
      '/cases/liva/',
    );
    expect(changes).toEqual({
      state: 'history',
      last: { iso: '2026-11-23', text: '23. november 2026' },
      earlier: [{ iso: '2026-10-01', text: '1. oktober 2026' }],
    });
  });

  it('says the history is unavailable when the clone had none', () => {
    expect(pageChanges(history({}, false), '/cases/liva/')).toEqual({ state: 'unavailable' });
  });
});

describe('readContentHistory', () => {
  it('gives an incomplete history outside a git repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'history-'));
    mkdirSync(join(root, 'cases'));
    writeFileSync(join(root, 'cases', 'a.mdx'), '---\n---\n');
    expect(readContentHistory(root)).toEqual({ complete: false, files: new Map() });
  });

  const contentDir = join(import.meta.dirname, '../../../content');
  const [aPathway = ''] = readdirSync(join(contentDir, 'pathways'));

  it('reads the history of this repository’s content', () => {
    const found = readContentHistory(contentDir);
    expect(found.complete).toBe(true);
    expect(found.files.get(`pathways/${aPathway}`)?.length).toBeGreaterThan(0);
  });

  it('gives a copy of the content the history of the folder it copies, and a new file none', () => {
    const copy = mkdtempSync(join(tmpdir(), 'history-copy-'));
    cpSync(contentDir, copy, { recursive: true });
    writeFileSync(join(copy, 'pathways', 'ny-i-kopien.mdx'), '---\n---\n');
    const found = readContentHistory(copy, contentDir);
    expect(found.complete).toBe(true);
    expect(found.files.get(`pathways/${aPathway}`)).toEqual(
      readContentHistory(contentDir).files.get(`pathways/${aPathway}`),
    );
    expect(found.files.get('pathways/ny-i-kopien.mdx')).toEqual([]);
  });
});
