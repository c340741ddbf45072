import { parse, stringify } from 'yaml';
import { cmsSaveLog } from '../i18n/cms-client';
import { ORIGINAL_TEXT_KEY } from './names';
import { patchMdx, patchYaml } from './yaml-patch';
import { orderKeys } from './yaml-order';

type Data = Record<string, unknown>;

/**
 * YAML as the content check reads it. YAML 1.1 knows timestamps, so a string that looks
 * like a date is written in quotes ('2018-02-09'): unquoted, Astro would read a Date and
 * the schema would refuse it.
 */
export const toYaml = (data: unknown): string =>
  stringify(data, { version: '1.1', lineWidth: 100, singleQuote: true });

/** The entry's data without the original text the admin script put beside it. */
function withoutOriginal(data: Data): { data: Data; original: string | undefined } {
  const { [ORIGINAL_TEXT_KEY]: original, ...rest } = data;
  return { data: rest, original: typeof original === 'string' && original ? original : undefined };
}

/** Says in the browser's console that a save rewrote the whole file (the caller's fallback). */
function logRewrite(data: Data): void {
  console.warn(cmsSaveLog.rewritten(String(data['title'] ?? data['name'] ?? '')));
}

/**
 * A YAML entry file ↔ the CMS's entry data. Saving an entry that was loaded from a file patches
 * that file (src/cms/yaml-patch.ts): only what changed changes. A new entry, or a file that
 * cannot be patched, is written whole.
 */
export const yamlFormat = {
  fromFile: (content: string): Data => (parse(content) as Data | null) ?? {},
  toFile(entry: Data, keys: string[] = []): string {
    const { data, original } = withoutOriginal(entry);
    if (original !== undefined) {
      const patched = patchYaml(original, data);
      if (patched !== undefined) return patched;
      logRewrite(data);
    }
    return toYaml(orderKeys(data, keys));
  },
};

/** An MDX entry file (YAML front matter, Markdown body) ↔ the CMS's entry data with `body`. */
export const mdxFormat = {
  fromFile(content: string): Data {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(content);
    if (!match) return { body: content };
    const data = (parse(match[1] ?? '') as Data | null) ?? {};
    return { ...data, body: (match[2] ?? '').trim() };
  },
  toFile(entry: Data, keys: string[] = []): string {
    const { data, original } = withoutOriginal(entry);
    const { body, ...front } = data;
    const text = typeof body === 'string' ? body.trim() : '';
    if (original !== undefined) {
      const patched = patchMdx(original, front, text);
      if (patched !== undefined) return patched;
      logRewrite(data);
    }
    return `---\n${toYaml(orderKeys(front, keys))}---\n${text ? `\n${text}\n` : ''}`;
  },
};
