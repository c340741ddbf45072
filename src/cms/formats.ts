import { parse, stringify } from 'yaml';
import { orderKeys } from './yaml-order';

type Data = Record<string, unknown>;

/**
 * YAML as the content check reads it. YAML 1.1 knows timestamps, so a string that looks
 * like a date is written in quotes ('2018-02-09'): unquoted, Astro would read a Date and
 * the schema would refuse it.
 */
export const toYaml = (data: unknown): string =>
  stringify(data, { version: '1.1', lineWidth: 100, singleQuote: true });

/** A YAML entry file ↔ the CMS's entry data. */
export const yamlFormat = {
  fromFile: (content: string): Data => (parse(content) as Data | null) ?? {},
  toFile: (data: Data, keys: string[] = []): string => toYaml(orderKeys(data, keys)),
};

/** An MDX entry file (YAML front matter, Markdown body) ↔ the CMS's entry data with `body`. */
export const mdxFormat = {
  fromFile(content: string): Data {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(content);
    if (!match) return { body: content };
    const data = (parse(match[1] ?? '') as Data | null) ?? {};
    return { ...data, body: (match[2] ?? '').trim() };
  },
  toFile(data: Data, keys: string[] = []): string {
    const { body, ...front } = data;
    const text = typeof body === 'string' ? body.trim() : '';
    return `---\n${toYaml(orderKeys(front, keys))}---\n${text ? `\n${text}\n` : ''}`;
  },
};
